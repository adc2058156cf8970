package jp.ras.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.Fixtures;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** AP13: one undecided application per person (roster entry) and kind. */
class OneUndecidedApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    private final Organisation organisation = Fixtures.organisation(TODAY.plusMonths(6));
    private final RosterEntry person = entry("LE VAN NAM", "AB12345678CD");
    private final RosterEntry namesake = entry("LE VAN NAM", "CD87654321EF");

    private RosterEntry entry(String name, String card) {
        return new RosterEntry(organisation, new ForeignNational(name, null, "VNM", LocalDate.of(1995, 1, 1),
                Sex.MALE, new ResidenceCardNumber(card), null, "技能", "1年", LocalDate.of(2027, 1, 31), "東京都港区1-1"),
                TODAY.minusYears(1));
    }

    private ResidenceApplication file(RosterEntry entry, List<ResidenceApplication> earlier, String number) {
        return ResidenceApplication.file(organisation, entry, Fixtures.TOKYO, new ResidenceApplication.Form(
                ReEntryPermit.NONE, false, "1年", "継続して就労するため", true, ReceiptMethod.COUNTER, false, null,
                "applicant@example.com", Locale.ENGLISH), EligibleStatus.defaults(), earlier, "ORG0000001", number,
                TODAY, NOW);
    }

    @Test
    @DisplayName("AP13: a second filing while the first is 申請完了, 審査中 or 資料提出待ち is refused on the person, naming the first")
    void ap13_undecidedRefuses() {
        ResidenceApplication first = file(person, List.of(), "20261126-0000001");
        Violation v = assertThrows(RuleViolationException.class,
                () -> file(person, List.of(first), "20261126-0000002")).violations().get(0);
        assertEquals(new Violation("person", "undecidedApplication:20261126-0000001", "AP13"), v);
        first.startReview("OFC0000001", NOW);
        first.requestDocuments("OFC0000001", "passport copy", TODAY.plusDays(7), TODAY, NOW);
        assertThrows(RuleViolationException.class, () -> file(person, List.of(first), "20261126-0000003"));
    }

    @Test
    @DisplayName("AP13: once the first is decided or withdrawn, the person may be filed for again")
    void ap13_decidedOrWithdrawnAllows() {
        ResidenceApplication decided = file(person, List.of(), "20261126-0000001");
        decided.startReview("OFC0000001", NOW);
        decided.deny("SUP0000001", "理由", TODAY, NOW);
        ResidenceApplication withdrawn = file(person, List.of(decided), "20261126-0000002");
        withdrawn.withdraw(WithdrawnPart.WHOLE, "OFC0000001", "本人の申出", NOW);
        assertEquals(ApplicationStatus.FILED, file(person, List.of(decided, withdrawn), "20261126-0000003").getStatus());
    }

    @Test
    @DisplayName("AP13: another person's undecided application (a namesake) does not count")
    void ap13_otherPerson() {
        ResidenceApplication namesakes = file(namesake, List.of(), "20261126-0000001");
        assertEquals(ApplicationStatus.FILED, file(person, List.of(namesakes), "20261126-0000002").getStatus());
    }
}
