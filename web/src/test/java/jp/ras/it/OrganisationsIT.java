package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jp.ras.application.AccountService;
import jp.ras.application.ApiTokenService;
import jp.ras.application.MyOrganisationService;
import jp.ras.application.NotFoundException;
import jp.ras.application.OrganisationService;
import jp.ras.application.OutboxService;
import jp.ras.application.PeriodicReportService;
import jp.ras.application.PersonData;
import jp.ras.application.ReceiptNumbering;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.application.UsageApplicationService;
import jp.ras.application.QueueFilter;
import jp.ras.application.QueuePage;
import jp.ras.domain.model.usage.UsageApplicationState;
import jp.ras.infrastructure.persistence.UsageApplicationRepository;
import jp.ras.domain.model.account.LoginOutcome;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.TokenPurpose;
import jp.ras.domain.model.application.PostHandOver;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.model.usage.ApplicantKind;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation and application services inside Payara Micro: usage approval, periodic reports, isolation between
 * organisations, accounts; filing residence applications, numbering them (a {@link MovableClock} brings the next
 * Japan day), drafts, the online-filing table and the officers' steps from filed to the card handed over.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {

    private static final String PASSWORD = "correct horse battery staple";

    /** The principal AsOrgUser runs as (it/glassfish-ejb-jar.xml): an ORG_USER account of that ID exists here. */
    private static final String RUN_AS_ORG_USER = "it-org-user";

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private static final long CARD_BASE = System.currentTimeMillis() / 10 % 100_000_000L;

    /** A residence card number unique to this run and {@code n}. */
    /** RC5, RC7: a card sent by post with every part recorded but, perhaps, the signed fee form. */
    private static PostHandOver post(boolean feeFormSigned, LocalDate deliveredOn) {
        return PostHandOver.builder().itemsAtThisOffice(true).feeFormSigned(feeFormSigned).stampsYen(4000)
                .dispatchedTo("東京都港区港南5-5-30").deliveredOn(deliveredOn).oldCardPunchedAndReturned(true).build();
    }

    private static String card(int n) {
        long digits = (CARD_BASE + n) % 100_000_000L;
        return "IT" + String.format("%08d", digits) + "ZZ";
    }

    /** A residence card number of the residence application tests, unique to this run and {@code n}. */
    private static String applicationCard(int n) {
        return "RA" + String.format("%08d", (CARD_BASE + n) % 100_000_000L) + "ZZ";
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("organisations-it")
                .addClasses(TestAccounts.class, TestOrganisations.class, TestApplications.class, MovableClock.class,
                        AsOrgUser.class, AsAgent.class, AsSupervisor.class, Deployments.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private UsageApplicationService usage;

    @Inject
    private ApiTokenService apiTokens;

    @Inject
    private PeriodicReportService reports;

    @Inject
    private MyOrganisationService myOrganisation;

    @Inject
    private OrganisationService sweep;

    @Inject
    private AccountService accounts;

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

    private static PersonData person(String card) {
        return new PersonData("Le Thi Hoa", null, "VNM", LocalDate.of(1996, 4, 1), Sex.FEMALE, card, "C7654321",
                "技能", "1年", LocalDate.of(2027, 9, 30), "東京都江東区豊洲1-1-1");
    }

    /** The organisation the run-as ORG_USER belongs to, valid until {@code validUntil} when first made. */
    private long runAsOrganisation(LocalDate validUntil) {
        Long existing = testOrganisations.organisationOf(RUN_AS_ORG_USER);
        if (existing != null) {
            return existing;
        }
        long id = testOrganisations.organisation("IT 自社 " + RUN, validUntil, card(90));
        testOrganisations.user(RUN_AS_ORG_USER, Role.ORG_USER, id, "it-org-user@example.jp", PASSWORD);
        return id;
    }

    private static String param(OutboxMail mail, String name) {
        try (var reader = Json.createReader(new StringReader(mail.getParams()))) {
            return reader.readObject().getString(name);
        }
    }

    @Test
    @DisplayName("Security 4, AC2, AC4, AC3: a password reset, a lock and a deletion each raise the account's credential"
            + " generation (its web sessions end) and revoke its API tokens")
    void security4_resetLockAndDeletionEndSessionsAndTokens() {
        String id = "S4" + (System.currentTimeMillis() % 100_000_000L);
        String mail = id.toLowerCase(Locale.ROOT) + "@example.jp";
        testAccounts.create(id, Role.ORG_USER, PASSWORD, mail);
        String first = apiTokens.logIn(id, PASSWORD).token();
        int created = accounts.sessionGeneration(id).getAsInt();

        accounts.requestPasswordReset(id, mail);
        OutboxMail reset = testAccounts.mailsTo(mail).stream().filter(m -> m.getTemplate().equals("password-reset"))
                .reduce((a, b) -> b).orElseThrow();
        String link = param(reset, "link");
        String renewed = "another strong passphrase 2026";
        accounts.setPasswordByLink(link.substring(link.indexOf("token=") + 6), TokenPurpose.RESET_PASSWORD, renewed);
        int afterReset = accounts.sessionGeneration(id).getAsInt();
        assertTrue(afterReset > created, "reset: " + created + " → " + afterReset);
        assertTrue(apiTokens.caller(first).isEmpty(), "the token from before the reset is revoked");

        String second = apiTokens.logIn(id, renewed).token();
        assertTrue(apiTokens.caller(second).isPresent());
        for (int i = 0; i < 5; i++) {
            accounts.authenticate(id, "not the password " + i);
        }
        assertTrue(testAccounts.isLocked(id));
        int afterLock = accounts.sessionGeneration(id).getAsInt();
        assertTrue(afterLock > afterReset, "lock: " + afterReset + " → " + afterLock);
        assertTrue(apiTokens.caller(second).isEmpty(), "the token from before the lock is revoked");

        asSupervisor.run(() -> accounts.unlock(id));
        String third = apiTokens.logIn(id, renewed).token();
        assertEquals(afterLock, accounts.sessionGeneration(id).getAsInt(), "an unlock or a login changes nothing");
        asSupervisor.run(() -> accounts.deleteUser(id, "Security 4 test"));
        assertTrue(accounts.sessionGeneration(id).isEmpty(), "a deleted account has no sessions");
        assertTrue(apiTokens.caller(third).isEmpty(), "the token from before the deletion is revoked");
        assertTrue(testAccounts.auditActions(id).contains("API_TOKEN_REVOKED"), testAccounts.auditActions(id).toString());
    }

    @Test
    @DisplayName("UA5, U1, AC2: approval issues a new authentication ID, mails it with a single-use password link")
    void ua5_approvalIssuesIdAndQueuesMail() {
        String mail = "approve" + RUN.toLowerCase() + "@example.com";
        AtomicReference<Long> applicationId = new AtomicReference<>();
        AtomicReference<String> authId = new AtomicReference<>();
        asSupervisor.run(() -> {
            applicationId.set(usage.receive(UsageApplicationService.Entry.builder().kind(UsageApplicationKind.NEW)
                    .officeCode("tokyo").orgName("IT 株式会社 " + RUN).corporateNumber("7000012050002")
                    .prefecture("東京都").address("東京都千代田区1-1").applicantKind(ApplicantKind.STAFF)
                    .applicantName("Approve " + RUN).applicantMail(mail).applicantPhone("03-1111-2222")
                    .applicantLocale(Locale.ENGLISH).applicantBirth(LocalDate.of(1985, 6, 1))
                    .identityDocument("運転免許証").persons(List.of(person(card(1)), person(card(2)))).build()));
            authId.set(usage.approve(applicationId.get()));
        });
        assertTrue(authId.get().matches("ORG\\d{7}"), authId.get());
        assertEquals(Role.ORG_USER.name(), testOrganisations.roleOf(authId.get()));
        assertFalse(testOrganisations.hasPassword(authId.get()), "no password until the user sets one");

        List<OutboxMail> mails = testAccounts.mailsTo(mail);
        assertEquals(1, mails.size());
        assertEquals("usage-approved", mails.get(0).getTemplate());
        assertEquals(authId.get(), param(mails.get(0), "authId"));
        String link = param(mails.get(0), "link");
        assertTrue(link.startsWith("set-password.xhtml?token="), link);
        assertFalse(mails.get(0).getParams().contains(PASSWORD), "the password is never mailed");

        long organisation = testOrganisations.organisationOf(authId.get());
        asSupervisor.run(() -> {
            // UA4: the organisation search finds a part of the corporate number (a converted attribute, cast to text)
            assertTrue(sweep.search("1205000", null, null).stream().anyMatch(o -> o.id() == organisation),
                    "found by a part of its corporate number");
            assertTrue(sweep.searchPage("01205", "tokyo", null, 0, 100,
                    jp.ras.infrastructure.persistence.OrganisationRepository.SearchSort.CORPORATE_NUMBER, true)
                    .rows().stream().anyMatch(o -> o.id() == organisation), "the paged search too");
            assertTrue(sweep.search("IT 株式会社 " + RUN, null, null).stream().anyMatch(o -> o.id() == organisation),
                    "and by its name");
        });
        assertEquals(List.of(card(1), card(2)), testOrganisations.rosterCardNumbers(organisation));
        testOrganisations.storedCardColumns(organisation).forEach(stored -> {
            assertTrue(stored.startsWith("v1:"), "SE1: stored encrypted: " + stored);
            assertFalse(stored.contains(card(1)) || stored.contains(card(2)), "SE1: no plain card number in the table");
        });

        String secret = link.substring(link.indexOf("token=") + "token=".length());
        assertEquals(authId.get(), accounts.setPasswordByLink(secret, TokenPurpose.SET_PASSWORD, PASSWORD));
        RuleViolationException reused = assertThrows(RuleViolationException.class,
                () -> accounts.setPasswordByLink(secret, TokenPurpose.SET_PASSWORD, PASSWORD + "!"));
        assertEquals("linkInvalid", reused.violations().get(0).key(), "the link works once");
        LoginOutcome login = accounts.authenticate(authId.get(), PASSWORD);
        assertTrue(login.succeeded());
        assertTrue(login.termsRequired(), "SE2: the first login asks for the terms of use");
    }

    @Test
    @DisplayName("UA5: the usage queue is filtered, paged and sorted in the database, and an application's place in"
            + " it (which page ?id= opens) is where the page shows it")
    void ua5_usageQueuePagesInTheDatabase() {
        String prefix = "IT 行列 " + RUN + " ";
        List<Long> ids = new ArrayList<>();
        asSupervisor.run(() -> {
            for (int i = 0; i < 23; i++) {
                ids.add(usage.receive(UsageApplicationService.Entry.builder().kind(UsageApplicationKind.NEW)
                        .officeCode("osaka").orgName(prefix + String.format("%02d", i))
                        .prefecture("大阪府").address("大阪府大阪市北区1-1").applicantKind(ApplicantKind.STAFF)
                        .applicantName("Queue " + i).applicantMail("queue" + i + RUN.toLowerCase() + "@example.com")
                        .applicantPhone("06-1111-2222").applicantLocale(Locale.JAPANESE)
                        .applicantBirth(LocalDate.of(1985, 6, 1)).identityDocument("運転免許証")
                        .persons(List.of(person(card(40 + i)))).build()));
            }
        });
        QueueFilter<UsageApplicationState> mine = new QueueFilter<>("osaka", UsageApplicationState.RECEIVED,
                prefix.toLowerCase());
        AtomicReference<QueuePage<UsageApplicationService.Row>> first = new AtomicReference<>();
        AtomicReference<QueuePage<UsageApplicationService.Row>> second = new AtomicReference<>();
        AtomicReference<QueuePage<UsageApplicationService.Row>> byName = new AtomicReference<>();
        AtomicReference<QueuePage<UsageApplicationService.Row>> otherOffice = new AtomicReference<>();
        AtomicLong position = new AtomicLong();
        asSupervisor.run(() -> {
            first.set(usage.queue(mine, 0, 20, UsageApplicationRepository.QueueSort.RECEIVED, true));
            second.set(usage.queue(mine, 20, 20, UsageApplicationRepository.QueueSort.RECEIVED, true));
            byName.set(usage.queue(mine, 0, 3, UsageApplicationRepository.QueueSort.ORGANISATION, false));
            otherOffice.set(usage.queue(new QueueFilter<>("tokyo", null, prefix), 0, 20, null, true));
            position.set(usage.queuePosition(mine, ids.get(21)));
        });
        assertEquals(23, first.get().total());
        assertEquals(ids.subList(0, 20), first.get().rows().stream().map(UsageApplicationService.Row::id).toList(),
                "oldest first");
        assertEquals(ids.subList(20, 23), second.get().rows().stream().map(UsageApplicationService.Row::id).toList());
        assertEquals(List.of(prefix + "22", prefix + "21", prefix + "20"),
                byName.get().rows().stream().map(UsageApplicationService.Row::orgName).toList());
        assertEquals(0, otherOffice.get().total(), "another office's queue does not list them");
        assertEquals(21, position.get(), "the 22nd application stands on the second page");
    }

    @Test
    @DisplayName("UA2: an application at an airport branch is refused on its field and nothing is stored")
    void ua2_airportRefusedNothingStored() {
        String mail = "airport" + RUN.toLowerCase() + "@example.com";
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> asSupervisor.run(() ->
                usage.receive(UsageApplicationService.Entry.builder().kind(UsageApplicationKind.NEW)
                        .officeCode("narita").orgName("IT 空港 " + RUN).prefecture("千葉県").address("千葉県成田市1-1")
                        .applicantKind(ApplicantKind.STAFF).applicantName("Airport").applicantMail(mail)
                        .applicantPhone("0476-11-2222").applicantLocale(Locale.JAPANESE)
                        .applicantBirth(LocalDate.of(1985, 6, 1)).identityDocument("旅券")
                        .persons(List.of(person(card(3)))).build())));
        assertEquals("office", e.violations().get(0).field());
        assertEquals(List.of(), testAccounts.auditActions("usage:null"));
    }

    @Test
    @DisplayName("PR4, PR6: approving a periodic report moves the expiry by a year from the previous expiry"
            + " and applies the roster changes")
    void pr4_reportApprovalMovesExpiry() {
        // Late (PR3): within the last month. Each run its own cycle, as the test database may outlive a run.
        LocalDate expiry = LocalDate.now().plusDays(1 + CARD_BASE % 25);
        long organisation = runAsOrganisation(expiry);
        testOrganisations.setValidUntil(organisation, expiry);
        LocalDate before = expiry;
        long removed = testOrganisations.currentRosterIds(organisation).get(0);
        AtomicReference<PeriodicReportService.Filed> filed = new AtomicReference<>();
        asOrgUser.run(() -> filed.set(reports.file(List.of(person(card(4))), Set.of(removed), "IT")));
        assertTrue(filed.get().late(), "PR3: filed after the due date");
        RuleViolationException twice = assertThrows(RuleViolationException.class,
                () -> asOrgUser.run(() -> reports.file(List.of(), Set.of(), null)));
        assertEquals("PR1", twice.violations().get(0).rule());

        AtomicReference<LocalDate> newExpiry = new AtomicReference<>();
        asSupervisor.run(() -> newExpiry.set(reports.approve(filed.get().id())));
        assertEquals(before.plusYears(1), newExpiry.get());
        assertEquals(before.plusYears(1), testOrganisations.validUntil(organisation));
        assertFalse(testOrganisations.currentRosterIds(organisation).contains(removed));
        assertTrue(testOrganisations.rosterCardNumbers(organisation).contains(card(4)));
        List<OutboxMail> mails = testAccounts.mailsTo("it-org-user@example.jp");
        assertEquals("report-approved", mails.get(mails.size() - 1).getTemplate(), "PR3: every user is told");
    }

    @Test
    @DisplayName("PR6: an organisation user cannot remove another organisation's roster entry")
    void pr6_cannotTouchAnotherRoster() {
        long mine = runAsOrganisation(LocalDate.now().plusMonths(6));
        long other = testOrganisations.organisation("IT 他社 " + RUN, LocalDate.now().plusMonths(6), card(5));
        long foreignEntry = testOrganisations.currentRosterIds(other).get(0);
        long reportsBefore = testOrganisations.reportCount(mine);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> asOrgUser.run(() -> reports.file(List.of(), Set.of(foreignEntry), null)));
        assertEquals("rosterUnknown", e.violations().get(0).key());
        assertEquals(reportsBefore, testOrganisations.reportCount(mine), "nothing stored");
        assertEquals(List.of(foreignEntry), testOrganisations.currentRosterIds(other));
    }

    @Test
    @DisplayName("U1: an organisation user sees only their own organisation")
    void u1_myOrganisationIsMine() {
        long mine = runAsOrganisation(LocalDate.now().plusMonths(6));
        testOrganisations.organisation("IT 別会社 " + RUN, LocalDate.now().plusMonths(6), card(6));
        AtomicReference<MyOrganisationService.View> view = new AtomicReference<>();
        asOrgUser.run(() -> view.set(myOrganisation.mine()));
        assertEquals(mine, view.get().summary().id());
        assertTrue(view.get().roster().stream().allMatch(p -> p.maskedCardNumber().contains("********")),
                "card numbers masked on the public tier");
    }

    @Test
    @DisplayName("U1, SE1: every EJB method an ORG_USER may not call is refused, and the ones it may call take no"
            + " organisation or user to act on")
    void u1_orgUserCannotReachOtherOrganisations() throws Exception {
        runAsOrganisation(LocalDate.now().plusMonths(6));
        List<Class<?>> beans = List.of(AccountService.class, OrganisationService.class, UsageApplicationService.class,
                PeriodicReportService.class, MyOrganisationService.class, OutboxService.class,
                jp.ras.application.ResidenceApplicationService.class,
                jp.ras.application.ReceiptNumbering.class, jp.ras.application.DraftService.class,
                jp.ras.application.OfficerApplicationService.class, jp.ras.application.EligibilityService.class,
                jp.ras.application.UsageRequestService.class);
        List<String> notRefused = new ArrayList<>();
        int refused = 0;
        for (Class<?> type : beans) {
            Object bean = CDI.current().select(type).get();
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String[] roles = rolesOf(type, method);
                if (roles == null) {
                    continue; // @PermitAll: login and the mailed links, checked by EjbSecurityTest
                }
                if (Arrays.asList(roles).contains(Role.ORG_USER_NAME)) {
                    assertCallerScoped(method);
                    continue;
                }
                AtomicReference<Throwable> thrown = new AtomicReference<>();
                try {
                    asOrgUser.run(() -> {
                        try {
                            method.invoke(bean, defaultArguments(method));
                        } catch (InvocationTargetException e) {
                            thrown.set(e.getCause());
                        } catch (IllegalAccessException e) {
                            thrown.set(e);
                        }
                    });
                } catch (RuntimeException e) {
                    thrown.set(e);
                }
                if (thrown.get() instanceof EJBAccessException) {
                    refused++;
                } else {
                    notRefused.add(type.getSimpleName() + "." + method.getName() + ": " + thrown.get());
                }
            }
        }
        assertEquals(List.of(), notRefused);
        assertTrue(refused >= 20, "the scan called the officers' methods: " + refused);
    }

    /**
     * Methods open to organisation users act on the caller only: no parameter names an organisation or user. The
     * ones listed take ids of roster entries or applications, which they look up within the caller's organisation
     * only (ap2_otherOrganisationsPerson, st1_rc3_listAndReceiptMethod and pr6_cannotTouchAnotherRoster show that
     * another's is "not found").
     */
    private static void assertCallerScoped(Method method) {
        String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Set<String> allowed = Set.of("PeriodicReportService.file", "AccountService.changePassword",
                "AccountService.requestMailChange", "ResidenceApplicationService.file",
                "ResidenceApplicationService.mine", "ResidenceApplicationService.detail",
                "ResidenceApplicationService.changeReceiptMethod", "ResidenceApplicationService.uploadDocument",
                "ResidenceApplicationService.documents", "ResidenceApplicationService.carryNote", "DraftService.save", "DraftService.load",
                "DraftService.discard",
                // issue 15: the review step and the hint take a roster entry of the caller's own roster, as file does
                "ResidenceApplicationService.check", "ResidenceApplicationService.outlook",
                "AccountService.chooseScreenLanguage", // takes a language (ja or en) for the caller's own account
                "AccountService.confirmSecondFactor", // issue 18: a code for the caller's own enrolment
                // issue 17: the new user's data; the organisation and office are the caller's, any id in it ignored
                "UsageRequestService.requestAdditionalUser");
        if (method.getParameterCount() > 0) {
            assertTrue(allowed.contains(name), name + " takes parameters: it must act on the caller only");
        }
    }

    private static String[] rolesOf(Class<?> type, Method method) {
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        if (method.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
            return null;
        }
        RolesAllowed onType = type.getAnnotation(RolesAllowed.class);
        assertNotNull(onType, type + "." + method.getName() + " declares no roles");
        return onType.value();
    }

    private static Object[] defaultArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(p -> {
            if (p == long.class) {
                return 1L;
            }
            if (p == int.class) {
                return 1;
            }
            if (p == boolean.class) {
                return false;
            }
            return null;
        }).toArray();
    }

    @Test
    @DisplayName("PR5, PR7: the daily sweep suspends organisations past their expiry and mails their users")
    void pr5_sweepSuspendsExpired() {
        long expired = testOrganisations.organisation("IT 期限切れ " + RUN, LocalDate.now().minusDays(2), card(7));
        String mail = "expired" + RUN.toLowerCase() + "@example.jp";
        testOrganisations.user("ITEXP" + RUN, Role.ORG_USER, expired, mail, PASSWORD);
        long valid = testOrganisations.organisation("IT 有効 " + RUN, LocalDate.now().plusDays(2), card(8));
        asSupervisor.run(() -> sweep.suspendExpiredNow());
        assertEquals("SUSPENDED", testOrganisations.state(expired));
        assertEquals("ACTIVE", testOrganisations.state(valid));
        assertEquals(List.of("organisation-expired"),
                testAccounts.mailsTo(mail).stream().map(OutboxMail::getTemplate).toList());
        asSupervisor.run(() -> sweep.suspendExpiredNow());
        assertEquals(1, testAccounts.mailsTo(mail).size(), "suspended and mailed once");
    }

    @Test
    @DisplayName("AC1, AC6: a new mail address counts once its link is followed; the old address is told."
            + " AC1, AC5: a password change needs the current password")
    void ac1_changeMailAndPassword() {
        String old = "it-agent" + RUN.toLowerCase() + "@example.jp";
        String fresh = "agent-new" + RUN.toLowerCase() + "@any-domain.example";
        long organisation = testOrganisations.organisation("IT 取次 " + RUN, LocalDate.now().plusMonths(6), card(9));
        testOrganisations.user("it-agent", Role.AGENT, organisation, old, PASSWORD);
        String before = testOrganisations.mailOf("it-agent");
        asAgent.run(() -> accounts.requestMailChange(fresh));
        assertEquals(before, testOrganisations.mailOf("it-agent"), "nothing changes before the link is followed");
        List<OutboxMail> confirm = testAccounts.mailsTo(fresh);
        assertEquals("mail-confirm", confirm.get(0).getTemplate());
        String link = param(confirm.get(0), "link");
        assertEquals("it-agent", accounts.confirmMailChange(link.substring(link.indexOf("token=") + 6)));
        assertEquals(fresh, testOrganisations.mailOf("it-agent"));
        List<OutboxMail> notice = testAccounts.mailsTo(before);
        assertEquals("mail-changed", notice.get(notice.size() - 1).getTemplate());

        RuleViolationException wrong = assertThrows(RuleViolationException.class,
                () -> asAgent.run(() -> accounts.changePassword("not the password", "a-new-strong-passphrase")));
        assertEquals("currentPassword", wrong.violations().get(0).field());
        RuleViolationException weak = assertThrows(RuleViolationException.class,
                () -> asAgent.run(() -> accounts.changePassword(PASSWORD, "password2026!")));
        assertEquals("passwordCommon", weak.violations().get(0).key());
        asAgent.run(() -> accounts.changePassword(PASSWORD, "a-new-strong-passphrase"));
        assertTrue(accounts.authenticate("it-agent", "a-new-strong-passphrase").succeeded());
        asAgent.run(() -> accounts.changePassword("a-new-strong-passphrase", PASSWORD));
    }

    @Test
    @DisplayName("AC2: a forgotten password's reset request for an unknown ID or wrong address sends nothing")
    void ac2_resetRevealsNothing() {
        String mail = "reset" + RUN.toLowerCase() + "@example.jp";
        testAccounts.create("ITRST" + RUN, Role.ORG_USER, PASSWORD, mail);
        accounts.requestPasswordReset("ITRST" + RUN, "other@example.jp");
        accounts.requestPasswordReset("NOSUCH" + RUN, mail);
        assertEquals(List.of(), testAccounts.mailsTo(mail));
        accounts.requestPasswordReset("ITRST" + RUN, mail.toUpperCase());
        List<OutboxMail> mails = testAccounts.mailsTo(mail);
        assertEquals(1, mails.size());
        assertEquals("password-reset", mails.get(0).getTemplate());
        assertInstanceOf(String.class, param(mails.get(0), "link"));
    }

    // ---- residence applications ----

    /** The run-as ORG_USER's organisation, where the applications are filed (valid for 8 months when first made). */
    private long applicantOrganisation() {
        return runAsOrganisation(LocalDate.now().plusMonths(8));
    }

    private static ResidenceApplication.Form form(String applicantMail, ReceiptMethod method) {
        return new ResidenceApplication.Form(ReEntryPermit.NONE, false, "3年", "引き続き同じ会社で働くため", true, method,
                false, null, applicantMail, Locale.ENGLISH);
    }

    /** Files for the person on the roster as the run-as organisation user, by post, with a photo. */
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
        long organisation = applicantOrganisation();
        long entry = testApplications.addPerson(organisation, applicationCard(1), "技術・人文知識・国際業務", "3年",
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
        long organisation = applicantOrganisation();
        long entry = testApplications.addPerson(organisation, applicationCard(2), "技能", "1年",
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
        long entry = testApplications.addPerson(applicantOrganisation(), applicationCard(3), "技能", "1年",
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
        applicantOrganisation();
        long other = testOrganisations.organisation("IT 他社申請 " + RUN, LocalDate.now().plusMonths(8),
                applicationCard(4));
        long foreign = testApplications.addPerson(other, applicationCard(5), "技能", "1年", LocalDate.now().plusMonths(1));
        RuleViolationException a = assertThrows(RuleViolationException.class, () -> file(foreign, "a@example.com"));
        RuleViolationException b = assertThrows(RuleViolationException.class, () -> file(-1, "a@example.com"));
        assertEquals(a.violations(), b.violations());
        assertEquals("personUnknown", a.violations().get(0).key());
    }

    @Test
    @DisplayName("RN2, RC8: the next Japan day each application gets its receipt number once, mailed once; the carry"
            + " note prints")
    void rn2_numberingIsIdempotent() {
        long entry = testApplications.addPerson(applicantOrganisation(), applicationCard(6), "留学", "1年3月",
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
        long entry = testApplications.addPerson(applicantOrganisation(), applicationCard(7), "家族滞在", "1年",
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
            long agents = testOrganisations.organisation("IT 取次申請 " + RUN, LocalDate.now().plusMonths(8),
                    applicationCard(8));
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
        long entry = testApplications.addPerson(applicantOrganisation(), applicationCard(9), "技術・人文知識・国際業務", "1年",
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
                () -> officer.handOverByPost(id, post(false, today))));
        assertEquals("RC5", unsigned.violations().get(0).rule());
        asSupervisor.run(() -> officer.handOverByPost(id, post(true, today)));
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
        applicantOrganisation();
        if (testOrganisations.organisationOf("it-agent") == null) {
            long agents = testOrganisations.organisation("IT 取次下書き " + RUN, LocalDate.now().plusMonths(8),
                    applicationCard(10));
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
        long entry = testApplications.addPerson(applicantOrganisation(), applicationCard(11), "特定技能1号", "1年",
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
