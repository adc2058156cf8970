package jp.ras.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    @Test
    @DisplayName("AP9: a service's fields renamed as one API call names them; key and rule unchanged, other fields"
            + " kept")
    void ap9_renamedFields() {
        RuleViolationException service = new RuleViolationException(List.of(
                Violation.of("grantedPeriod", "period"), Violation.of("reason", "required", "ST1"),
                Violation.of("status", "statusChange", "ST1")));
        RuleViolationException api = ApiErrors.renamed(service, Map.of("grantedPeriod", "period", "reason",
                "reasons"));
        assertEquals(List.of(Violation.of("period", "period"), Violation.of("reasons", "required", "ST1"),
                Violation.of("status", "statusChange", "ST1")), api.violations());
    }

    @Test
    @DisplayName("AP9, AP11: a field error carries the field as the API names it, the rule and the screens' text")
    void ap9_fieldErrors() {
        List<ApiError.FieldError> errors = ApiErrors.fieldErrors(List.of(Violation.of("person", "windowExpired",
                "AP6"), Violation.of("officer", "unknownOfficer")), Locale.ENGLISH);
        assertEquals("rosterEntryId", errors.get(0).field());
        assertEquals("AP6", errors.get(0).rule());
        assertEquals(ApiLanguage.text(Locale.ENGLISH, "violation.windowExpired"), errors.get(0).message());
        assertEquals(new ApiError.FieldError("officer", null, "No active officer has this authentication ID."),
                errors.get(1));
    }

    @Test
    @DisplayName("AP13: a person with an undecided application: 422 on rosterEntryId, rule AP13, the first's number in"
            + " either language")
    void ap13_undecidedOnRosterEntryId() {
        Violation v = Violation.of("person", "undecidedApplication:20261126-0000123", "AP13");
        ApiError.FieldError ja = ApiErrors.fieldErrors(List.of(v), Locale.JAPANESE).get(0);
        ApiError.FieldError en = ApiErrors.fieldErrors(List.of(v), Locale.ENGLISH).get(0);
        assertEquals("rosterEntryId", en.field());
        assertEquals("AP13", en.rule());
        assertTrue(ja.message().contains("20261126-0000123") && ja.message().contains("取下げ"), ja.message());
        assertTrue(en.message().contains("20261126-0000123") && en.message().contains("withdrawn"), en.message());
    }
}
