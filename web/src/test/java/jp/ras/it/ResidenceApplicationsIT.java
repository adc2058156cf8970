package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import jp.ras.application.NotFoundException;
import jp.ras.application.ReceiptNumbering;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Filing residence applications and numbering them, inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class ResidenceApplicationsIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String RUN_AS_ORG_USER = "it-org-user";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final long CARD_BASE = System.currentTimeMillis() / 10 % 100_000_000L;

    private static String card(int n) {
        return "RA" + String.format("%08d", (CARD_BASE + n) % 100_000_000L) + "ZZ";
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("residence-applications-it")
                .addClasses(TestAccounts.class, TestOrganisations.class, TestApplications.class, MovableClock.class,
                        AsOrgUser.class,
                        AsAgent.class, AsSupervisor.class, Deployments.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private ResidenceApplicationService applications;

    @Inject
    private ReceiptNumbering numbering;

    @Inject
    private jp.ras.application.DraftService drafts;

    @Inject
    private jp.ras.application.EligibilityService eligibility;

    @Inject
    private jp.ras.application.OfficerApplicationService officer;

    @Inject
    private TestAccounts testAccounts;

    @Inject
    private TestOrganisations testOrganisations;

    @Inject
    private TestApplications testApplications;

    @Inject
    private AsOrgUser asOrgUser;

    @Inject
    private AsSupervisor asSupervisor;

    @Inject
    private AsAgent asAgent;

    private long myOrganisation() {
        Long existing = testOrganisations.organisationOf(RUN_AS_ORG_USER);
        if (existing != null) {
            return existing;
        }
        long id = testOrganisations.organisation("IT 申請 " + RUN, LocalDate.now().plusMonths(8), card(90));
        testOrganisations.user(RUN_AS_ORG_USER, Role.ORG_USER, id, "it-org-user@example.jp", PASSWORD);
        return id;
    }

    private static ResidenceApplication.Form form(String applicantMail, ReceiptMethod method) {
        return new ResidenceApplication.Form(ReEntryPermit.NONE, false, "3年", "引き続き同じ会社で働くため", true, method,
                false, null, applicantMail, Locale.ENGLISH);
    }

    private ResidenceApplicationService.Filed file(long entry, String applicantMail) {
        AtomicReference<ResidenceApplicationService.Filed> filed = new AtomicReference<>();
        asOrgUser.run(() -> filed.set(applications.file(entry, form(applicantMail, ReceiptMethod.POST),
                TestApplications.photo(600))));
        return filed.get();
    }

    @Test
    @DisplayName("AP3, RN1, AP8: filing stores the application with the Japan date, a provisional number, the photo,"
            + " and mails the user and the applicant")
    void rn1_fileAndMail() {
        long organisation = myOrganisation();
        long entry = testApplications.addPerson(organisation, card(1), "技術・人文知識・国際業務", "3年",
                LocalDate.now().plusMonths(2));
        String applicant = "applicant" + RUN.toLowerCase() + "@example.com";
        ResidenceApplicationService.Filed filed = file(entry, applicant);
        assertEquals(JapanTime.today(java.time.Clock.systemUTC()), filed.acceptanceDate());
        assertTrue(filed.provisionalNumber().matches("\\d{8}-\\d{7}"), filed.provisionalNumber());
        assertEquals("image/jpeg 600x800", testApplications.photoType(filed.id()));
        List<OutboxMail> toApplicant = testAccounts.mailsTo(applicant);
        assertEquals(List.of("application-accepted"), toApplicant.stream().map(OutboxMail::getTemplate).toList());
        assertTrue(toApplicant.get(0).getParams().contains(filed.provisionalNumber()));
        assertTrue(testAccounts.mailsTo("it-org-user@example.jp").stream()
                .anyMatch(m -> m.getParams().contains(filed.provisionalNumber())), "the user is mailed too");
        assertEquals(List.of("APPLICATION_FILED"), testAccounts.auditActions("application:" + filed.id()));
    }

    @Test
    @DisplayName("AP6, AP9: on the expiry day the filing is refused on its field and nothing is stored or mailed")
    void ap6_expiryDayRefused() {
        long organisation = myOrganisation();
        long entry = testApplications.addPerson(organisation, card(2), "技能", "1年",
                JapanTime.today(java.time.Clock.systemUTC()));
        long before = testApplications.count();
        String applicant = "late" + RUN.toLowerCase() + "@example.com";
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> file(entry, applicant));
        assertEquals("AP6", e.violations().get(0).rule());
        assertEquals(before, testApplications.count());
        assertEquals(List.of(), testAccounts.mailsTo(applicant));
    }

    @Test
    @DisplayName("AP2, AP8, RC2: every broken rule at once: a bad photo and post with a re-entry permit")
    void ap8_rc2_allViolationsAtOnce() {
        long entry = testApplications.addPerson(myOrganisation(), card(3), "技能", "1年",
                LocalDate.now().plusMonths(1));
        ResidenceApplication.Form withReEntry = new ResidenceApplication.Form(ReEntryPermit.MULTIPLE, false, "1年",
                "継続", true, ReceiptMethod.POST, false, null, "x@example.com", Locale.ENGLISH);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> asOrgUser.run(
                () -> applications.file(entry, withReEntry, "not a photo".getBytes())));
        List<String> rules = e.violations().stream().map(v -> v.field() + "/" + v.rule()).sorted().toList();
        assertEquals(List.of("photo/AP8", "receiptMethod/RC2"), rules);
    }

    @Test
    @DisplayName("AP2: a person of another organisation is refused exactly like one that does not exist")
    void ap2_otherOrganisationsPerson() {
        myOrganisation();
        long other = testOrganisations.organisation("IT 他社申請 " + RUN, LocalDate.now().plusMonths(8), card(4));
        long foreign = testApplications.addPerson(other, card(5), "技能", "1年", LocalDate.now().plusMonths(1));
        RuleViolationException a = assertThrows(RuleViolationException.class, () -> file(foreign, "a@example.com"));
        RuleViolationException b = assertThrows(RuleViolationException.class, () -> file(-1, "a@example.com"));
        assertEquals(a.violations(), b.violations());
        assertEquals("personUnknown", a.violations().get(0).key());
    }

    @Test
    @DisplayName("RN2, RC8: the next Japan day each application gets its receipt number once, mailed once; the carry"
            + " note prints")
    void rn2_numberingIsIdempotent() {
        long entry = testApplications.addPerson(myOrganisation(), card(6), "留学", "1年3月",
                LocalDate.now().plusMonths(1));
        String applicant = "numbered" + RUN.toLowerCase() + "@example.com";
        ResidenceApplicationService.Filed filed = file(entry, applicant);
        asSupervisor.run(() -> numbering.assignNow());
        assertNull(testApplications.receiptNumber(filed.id()), "not on the day of filing");
        MovableClock.moveBy(java.time.Duration.ofDays(1));
        try {
            asSupervisor.run(() -> numbering.assignNow());
        } finally {
            MovableClock.reset();
        }
        String number = testApplications.receiptNumber(filed.id());
        assertNotNull(number);
        assertTrue(number.matches("東オンE\\d{8}"), number);
        asSupervisor.run(() -> numbering.assignNow());
        assertEquals(number, testApplications.receiptNumber(filed.id()), "run twice: the same number");
        AtomicReference<byte[]> note = new AtomicReference<>();
        asOrgUser.run(() -> note.set(applications.carryNote(filed.id())));
        assertTrue(new String(note.get(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
                "RC8: the carry note is a PDF");
        assertEquals(List.of("application-accepted", "receipt-number"),
                testAccounts.mailsTo(applicant).stream().map(OutboxMail::getTemplate).toList(), "mailed once");
    }

    @Test
    @DisplayName("ST1, RC3: the list pages in the database; the receipt method changes while filed and is mailed;"
            + " another organisation's application is not found")
    void st1_rc3_listAndReceiptMethod() {
        long entry = testApplications.addPerson(myOrganisation(), card(7), "家族滞在", "1年",
                LocalDate.now().plusMonths(1));
        ResidenceApplicationService.Filed filed = file(entry, "list" + RUN.toLowerCase() + "@example.com");
        AtomicReference<ResidenceApplicationService.Page> page = new AtomicReference<>();
        asOrgUser.run(() -> page.set(applications.mine(null, 0, 1)));
        assertEquals(1, page.get().rows().size());
        assertTrue(page.get().total() >= 1);
        asOrgUser.run(() -> applications.changeReceiptMethod(filed.id(), ReceiptMethod.COUNTER));
        AtomicReference<ResidenceApplicationService.Detail> detail = new AtomicReference<>();
        asOrgUser.run(() -> detail.set(applications.detail(filed.id())));
        assertEquals(ReceiptMethod.COUNTER, detail.get().row().receiptMethod());
        assertEquals(2, detail.get().history().size(), "filed, then the change");
        if (testOrganisations.organisationOf("it-agent") == null) {
            long agents = testOrganisations.organisation("IT 取次申請 " + RUN, LocalDate.now().plusMonths(8), card(8));
            testOrganisations.user("it-agent", Role.AGENT, agents, "it-agent@example.jp", PASSWORD);
        }
        assertThrows(NotFoundException.class, () -> asAgent.run(() -> applications.detail(filed.id())),
                "an agent of another organisation");
        assertThrows(NotFoundException.class, () -> asAgent.run(
                () -> applications.changeReceiptMethod(filed.id(), ReceiptMethod.POST)));
    }

    @Test
    @DisplayName("ST1, ST2, AP8, RC5, RC6, RC7: review, documents requested and mailed, granted, card made and mailed,"
            + " sent by post and delivered: COMPLETED with the delivery date as effective date")
    void st1_fromFiledToCompleted() {
        long entry = testApplications.addPerson(myOrganisation(), card(9), "技術・人文知識・国際業務", "1年",
                LocalDate.now().plusMonths(1));
        ResidenceApplicationService.Filed filed = file(entry, "review" + RUN.toLowerCase() + "@example.com");
        long id = filed.id();
        LocalDate today = JapanTime.today(java.time.Clock.systemUTC());
        asSupervisor.run(() -> {
            jp.ras.application.OfficerApplicationService.Page queue = officer.queue("tokyo",
                    jp.ras.domain.model.application.ApplicationStatus.FILED, 0, 100);
            assertTrue(queue.rows().stream().anyMatch(r -> r.id() == id), "in the Tokyo queue");
            officer.startReview(id);
            officer.requestDocuments(id, "在職証明書を提出してください", today.plusDays(14));
        });
        RuleViolationException notPdf = assertThrows(RuleViolationException.class, () -> asOrgUser.run(
                () -> applications.uploadDocument(id, "zaishoku.pdf", "%PDF-1.7 not really".getBytes())));
        assertEquals("documentFormat", notPdf.violations().get(0).key());
        asOrgUser.run(() -> applications.uploadDocument(id, "zaishoku.png", TestApplications.photo(300)));
        asSupervisor.run(() -> {
            assertEquals(List.of("zaishoku.png"), officer.documents(id).stream()
                    .map(ResidenceApplicationService.Document::fileName).toList());
            assertEquals("image/jpeg", officer.document(id, officer.documents(id).get(0).id()).mediaType());
            officer.resumeReview(id, "在職証明書を受領");
            officer.grant(id, "1年", LocalDate.now().plusMonths(1).plusYears(1));
            officer.cardReady(id);
        });
        RuleViolationException unsigned = assertThrows(RuleViolationException.class, () -> asSupervisor.run(
                () -> officer.handOverByPost(id, true, false, 4000, "東京都港区港南5-5-30", today, true)));
        assertEquals("RC5", unsigned.violations().get(0).rule());
        asSupervisor.run(() -> officer.handOverByPost(id, true, true, 4000, "東京都港区港南5-5-30", today, true));
        AtomicReference<jp.ras.application.OfficerApplicationService.Detail> detail = new AtomicReference<>();
        asSupervisor.run(() -> detail.set(officer.detail(id)));
        assertEquals(jp.ras.domain.model.application.ApplicationStatus.COMPLETED, detail.get().row().status());
        assertEquals(today, detail.get().effectiveDate());
        assertEquals(List.of("FILED", "UNDER_REVIEW", "DOCUMENTS_REQUESTED", "DOCUMENTS_REQUESTED", "UNDER_REVIEW",
                "DECIDED", "CARD_READY", "COMPLETED"), detail.get().history().stream().map(e -> e.status().name()).toList());
        List<String> mails = testAccounts.mailsTo("it-org-user@example.jp").stream().map(OutboxMail::getTemplate)
                .filter(t -> !t.startsWith("application-accepted") && !t.startsWith("report")).toList();
        assertTrue(mails.containsAll(List.of("documents-requested", "review-completed", "card-issued")), "" + mails);
        AtomicReference<List<jp.ras.application.OfficerApplicationService.MonthFigures>> figures =
                new AtomicReference<>();
        asSupervisor.run(() -> figures.set(officer.processingTimes("tokyo", today.getYear())));
        assertTrue(figures.get().get(today.getMonthValue() - 1).decided() >= 1, "ST2: this month's figures");
    }

    @Test
    @DisplayName("B3: a draft is kept on the server for its user only, and discarded on request")
    void b3_draftsAreTheUsersOwn() {
        myOrganisation();
        if (testOrganisations.organisationOf("it-agent") == null) {
            long agents = testOrganisations.organisation("IT 取次下書き " + RUN, LocalDate.now().plusMonths(8), card(10));
            testOrganisations.user("it-agent", Role.AGENT, agents, "it-agent@example.jp", PASSWORD);
        }
        String form = "it-" + RUN;
        asOrgUser.run(() -> drafts.save(form, "{\"reason\":\"途中\"}"));
        asOrgUser.run(() -> assertEquals("{\"reason\":\"途中\"}", drafts.load(form).orElseThrow().content()));
        asAgent.run(() -> assertTrue(drafts.load(form).isEmpty(), "another user's draft is not seen"));
        asOrgUser.run(() -> drafts.discard(form));
        asOrgUser.run(() -> assertTrue(drafts.load(form).isEmpty()));
    }

    @Test
    @DisplayName("AP2: a supervisor opens 特定技能1号 to online filing and closes it again; filings follow the table")
    void ap2_tableEditedBySupervisor() {
        long entry = testApplications.addPerson(myOrganisation(), card(11), "特定技能1号", "1年",
                LocalDate.now().plusMonths(1));
        RuleViolationException closed = assertThrows(RuleViolationException.class,
                () -> file(entry, "ssw" + RUN.toLowerCase() + "@example.com"));
        assertEquals("statusNotEligible", closed.violations().get(0).key());
        asSupervisor.run(() -> eligibility.setEligible("特定技能1号", true));
        try {
            assertNotNull(file(entry, "ssw" + RUN.toLowerCase() + "@example.com").provisionalNumber());
        } finally {
            asSupervisor.run(() -> eligibility.setEligible("特定技能1号", false));
        }
        RuleViolationException permanent = assertThrows(RuleViolationException.class,
                () -> asSupervisor.run(() -> eligibility.setEligible("永住者", true)));
        assertEquals("AP2", permanent.violations().get(0).rule());
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> asOrgUser.run(() -> eligibility.setEligible("特定技能1号", true)));
    }
}
