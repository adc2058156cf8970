package jp.ras.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.Fixtures;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApplicationLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
    private static final LocalDate EXPIRY = LocalDate.of(2027, 1, 31);

    private static RosterEntry entry(Organisation organisation) {
        return new RosterEntry(organisation, new ForeignNational("LE VAN NAM", null, "VNM", LocalDate.of(1995, 1, 1),
                Sex.MALE, new ResidenceCardNumber("AB12345678CD"), null, "技能", "1年", EXPIRY, "東京都港区1-1"),
                TODAY.minusYears(1));
    }

    private static ResidenceApplication.Form form(ReEntryPermit reEntry, boolean activity, ReceiptMethod method,
            boolean present) {
        return new ResidenceApplication.Form(reEntry, activity, "1年", "継続して就労するため", present, method, false, null,
                "applicant@example.com", Locale.ENGLISH);
    }

    private static ResidenceApplication file(ResidenceApplication.Form form) {
        Organisation organisation = Fixtures.organisation(TODAY.plusMonths(6));
        return ResidenceApplication.file(organisation, entry(organisation), Fixtures.TOKYO, form,
                EligibleStatus.defaults(), List.of(), "ORG0000001", "20261126-0000001", TODAY, NOW);
    }

    private static Set<String> rules(RuleViolationException e) {
        return e.violations().stream().map(v -> v.field() + "/" + v.rule()).collect(Collectors.toSet());
    }

    /** A complete hand-over by post, delivered today; a test changes the part it is about. */
    private static PostHandOver.Builder post() {
        return PostHandOver.builder().itemsAtThisOffice(true).feeFormSigned(true).stampsYen(4000)
                .dispatchedTo("東京都港区港南5-5-30").deliveredOn(TODAY).oldCardPunchedAndReturned(true);
    }

    @Test
    @DisplayName("AP1, AP3: an extension with a re-entry permit is filed on today's Japan date, status 申請完了")
    void ap1_filed() {
        ResidenceApplication a = file(form(ReEntryPermit.MULTIPLE, true, ReceiptMethod.COUNTER, true));
        assertEquals(ApplicationStatus.FILED, a.getStatus());
        assertEquals(TODAY, a.getAcceptanceDate());
        assertEquals(1, a.getHistory().size());
    }

    @Test
    @DisplayName("AP7, RC2, AP9: presence not confirmed and post with an activity permission: both reported at once")
    void ap7_rc2_together() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> file(form(ReEntryPermit.NONE, true, ReceiptMethod.POST, false)));
        assertEquals(Set.of("presenceConfirmed/AP7", "receiptMethod/RC2"), rules(e));
    }

    @Test
    @DisplayName("PR5: a suspended organisation files nothing")
    void pr5_suspended() {
        Organisation organisation = Fixtures.organisation(TODAY.minusDays(1));
        organisation.suspendIfExpired(TODAY);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> ResidenceApplication.file(
                organisation, entry(organisation), Fixtures.TOKYO, form(ReEntryPermit.NONE, false,
                        ReceiptMethod.COUNTER, true), EligibleStatus.defaults(), List.of(), "ORG0000001", "n", TODAY, NOW));
        assertEquals(Set.of("organisation/PR5"), rules(e));
    }

    @Test
    @DisplayName("ST1, AP8: review, documents requested with a due date, review again, granted with a later expiry")
    void st1_reviewToDecision() {
        ResidenceApplication a = file(form(ReEntryPermit.NONE, false, ReceiptMethod.POST, true));
        a.startReview("OFC0000001", NOW);
        assertEquals("OFC0000001", a.getAssignedTo());
        assertThrows(RuleViolationException.class,
                () -> a.requestDocuments("OFC0000001", "在職証明書", TODAY, TODAY, NOW), "due after today");
        a.requestDocuments("OFC0000001", "在職証明書を提出してください", TODAY.plusDays(14), TODAY, NOW);
        assertEquals(ApplicationStatus.DOCUMENTS_REQUESTED, a.getStatus());
        a.resumeReview("OFC0000001", "受領", NOW);
        RuleViolationException early = assertThrows(RuleViolationException.class,
                () -> a.grant("OFC0000001", "1年", EXPIRY, TODAY, NOW));
        assertEquals("newExpiry", early.violations().get(0).field());
        a.grant("OFC0000001", "1年", EXPIRY.plusYears(1), TODAY, NOW);
        assertEquals(ApplicationStatus.DECIDED, a.getStatus());
        assertEquals(true, a.getGranted());
        assertEquals(5, a.getHistory().size());
    }

    @Test
    @DisplayName("ST3: withdrawing only the re-entry part keeps the extension; the whole only before the decision")
    void st3_withdrawals() {
        ResidenceApplication a = file(form(ReEntryPermit.SINGLE, false, ReceiptMethod.COUNTER, true));
        assertThrows(RuleViolationException.class, () -> a.withdraw(WithdrawnPart.ACTIVITY, "OFC0000001", "依頼", NOW),
                "no activity part to withdraw");
        a.withdraw(WithdrawnPart.RE_ENTRY, "OFC0000001", "申請人からの電話", NOW);
        assertEquals(ReEntryPermit.NONE, a.getReEntry());
        assertEquals(ApplicationStatus.FILED, a.getStatus());
        a.startReview("OFC0000001", NOW);
        a.grant("OFC0000001", "1年", EXPIRY.plusYears(1), TODAY, NOW);
        RuleViolationException late = assertThrows(RuleViolationException.class,
                () -> a.withdraw(WithdrawnPart.WHOLE, "OFC0000001", "取下げ依頼", NOW));
        assertEquals("ST3", late.violations().get(0).rule());
        ResidenceApplication b = file(form(ReEntryPermit.NONE, false, ReceiptMethod.COUNTER, true));
        b.withdraw(WithdrawnPart.WHOLE, "OFC0000001", "取下げ依頼書", NOW);
        assertEquals(ApplicationStatus.WITHDRAWN, b.getStatus());
    }

    @Test
    @DisplayName("ST1: an application is assigned while undecided, also while documents are awaited; not once decided"
            + " nor once withdrawn")
    void st1_assignedOnlyWhileUndecided() {
        ResidenceApplication a = file(form(ReEntryPermit.NONE, false, ReceiptMethod.COUNTER, true));
        a.startReview("OFC0000001", NOW);
        a.requestDocuments("OFC0000001", "在職証明書を提出してください", TODAY.plusDays(14), TODAY, NOW);
        a.assign("OFC0000002");
        assertEquals("OFC0000002", a.getAssignedTo());
        a.withdraw(WithdrawnPart.WHOLE, "OFC0000002", "依頼", NOW);
        assertEquals("status/ST1", rules(assertThrows(RuleViolationException.class, () -> a.assign("OFC0000003")))
                .iterator().next());
        ResidenceApplication decided = file(form(ReEntryPermit.NONE, false, ReceiptMethod.COUNTER, true));
        decided.startReview("OFC0000001", NOW);
        decided.grant("OFC0000001", "1年", EXPIRY.plusYears(1), TODAY, NOW);
        assertThrows(RuleViolationException.class, () -> decided.assign("OFC0000003"));
        assertEquals("OFC0000001", decided.getAssignedTo());
    }

    @Test
    @DisplayName("RC5, RC6, RC7: by post the items must reach this office, the fee form be signed with 4,000 yen of"
            + " stamps and the old card punched; the delivery date is the effective date")
    void rc5_rc6_rc7_post() {
        ResidenceApplication a = file(form(ReEntryPermit.NONE, false, ReceiptMethod.POST, true));
        a.startReview("OFC0000001", NOW);
        a.grant("OFC0000001", "1年", EXPIRY.plusYears(1), TODAY, NOW);
        a.cardReady("OFC0000001", NOW);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> a.handOverByPost("OFC0000001",
                post().itemsAtThisOffice(false).feeFormSigned(false).stampsYen(3000).oldCardPunchedAndReturned(false)
                        .build(), 4000, TODAY, NOW));
        assertEquals(Set.of("itemsAtThisOffice/RC5", "feeFormSigned/RC5", "stampsYen/RC5", "oldCardPunched/RC7"),
                rules(e));
        a.handOverByPost("OFC0000001", post().deliveredOn(TODAY.minusDays(1)).build(), 4000, TODAY, NOW);
        assertEquals(ApplicationStatus.COMPLETED, a.getStatus());
        assertEquals(TODAY.minusDays(1), a.getEffectiveDate());
    }

    @Test
    @DisplayName("RC4, RC7: at the counter the card goes to the applicant, a legal representative or the user")
    void rc4_counter() {
        ResidenceApplication a = file(form(ReEntryPermit.NONE, false, ReceiptMethod.COUNTER, true));
        a.startReview("OFC0000001", NOW);
        assertThrows(RuleViolationException.class, () -> a.cardReady("OFC0000001", NOW), "not decided");
        a.grant("OFC0000001", "1年", EXPIRY.plusYears(1), TODAY, NOW);
        a.cardReady("OFC0000001", NOW);
        a.handOverAtCounter("OFC0000001", CardReceiver.USER, "旅券、在留カード、手数料納付書、審査完了メール", 4000, 4000, true,
                TODAY, NOW);
        assertEquals(ApplicationStatus.COMPLETED, a.getStatus());
        assertEquals(TODAY, a.getEffectiveDate());
        assertEquals(List.of(ApplicationStatus.FILED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.DECIDED,
                ApplicationStatus.CARD_READY, ApplicationStatus.COMPLETED),
                a.getHistory().stream().map(ApplicationEvent::getStatus).toList());
    }

    @Test
    @DisplayName("RC6: a card is handed over only once it is made: not straight after the decision, never for a"
            + " denied application, and only once")
    void rc6_handOverOnlyWhenCardReady() {
        ResidenceApplication denied = file(form(ReEntryPermit.NONE, false, ReceiptMethod.COUNTER, true));
        denied.startReview("OFC0000001", NOW);
        denied.deny("OFC0000001", "要件を満たさない", TODAY, NOW);
        RuleViolationException noCard = assertThrows(RuleViolationException.class, () -> denied.handOverAtCounter(
                "OFC0000001", CardReceiver.USER, "旅券、在留カード", 4000, 4000, true, TODAY, NOW));
        assertEquals(Set.of("status/RC6"), rules(noCard));
        assertEquals("statusChange", noCard.violations().get(0).key());
        assertEquals(ApplicationStatus.DECIDED, denied.getStatus());

        ResidenceApplication granted = file(form(ReEntryPermit.NONE, false, ReceiptMethod.POST, true));
        granted.startReview("OFC0000001", NOW);
        granted.grant("OFC0000001", "1年", EXPIRY.plusYears(1), TODAY, NOW);
        assertEquals(Set.of("status/RC6"), rules(assertThrows(RuleViolationException.class, () -> granted
                .handOverByPost("OFC0000001", post().build(), 4000, TODAY, NOW))),
                "not made yet");
        granted.cardReady("OFC0000001", NOW);
        granted.handOverByPost("OFC0000001", post().build(), 4000, TODAY, NOW);
        assertEquals(Set.of("status/RC6"), rules(assertThrows(RuleViolationException.class, () -> granted
                .handOverAtCounter("OFC0000001", CardReceiver.USER, "旅券", 4000, 4000, true, TODAY, NOW))),
                "already handed over");
    }
}
