package jp.ras.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
