package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * Test-only: the accounts and roster persons of {@link ApiIT} and of the API tokens tests of {@link AccountScreensIT},
 * made when their deployment starts. The accounts keep their IDs from run to run (a lock from an earlier run is
 * lifted); the persons are added afresh at each start, with new card numbers and expiry dates counted from today, so
 * the client finds them by name on the roster.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReferenceData"})
public class ApiTestData {

    static final String PASSWORD = "api-test-password-2026";

    /** An organisation user whose organisation has the persons below. */
    static final String ORG_USER = "APIORG0001";
    /** A user of another organisation, with a person of its own. */
    static final String OTHER_ORG_USER = "APIOTH0001";
    /** AC4: locked by the test. */
    static final String LOCKOUT = "APILCK0001";
    /** AC5: a password set over a year ago. */
    static final String EXPIRED = "APIEXP0001";
    /** SE2: has not agreed to the terms of use. */
    static final String NO_TERMS = "APITRM0001";
    static final String OFFICER = "APIOFC0001";
    /** Makes and revokes named tokens on the account screen; its tokens from earlier runs are revoked at start. */
    static final String SCREEN_USER = "APISCR0001";

    /** Expiry in two months: inside the filing window (AP4). */
    static final String VALID = "API VALID";
    /** Expiry today: refused online (AP6). */
    static final String EXPIRES_TODAY = "API EXPIRES TODAY";
    /** Expiry in two months, for the receipt-method tests. */
    static final String RECEIPT = "API RECEIPT";
    /** Filed by post beside RECEIPT (one undecided application per person, AP13). */
    static final String RECEIPT_POST = "API RECEIPT POST";
    /** The other organisation's person. */
    static final String OTHERS = "API OTHERS";

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private TestAccounts accounts;

    @Inject
    private UserAccountRepository accountRepository;

    @Inject
    private ResidenceApplicationRepository applications;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        LocalDate today = JapanTime.today(clock);
        accounts.create(OFFICER, Role.OFFICER, PASSWORD, "officer.api@example.jp");
        UserAccount user = accounts.createWithRoster(ORG_USER, PASSWORD, "org.api@example.jp", today.plusMonths(8),
                List.of());
        UserAccount other = accounts.createWithRoster(OTHER_ORG_USER, PASSWORD, "other.api@example.jp",
                today.plusMonths(8), List.of());
        accounts.create(LOCKOUT, Role.ORG_USER, PASSWORD, "lockout.api@example.jp");
        accountRepository.find(LOCKOUT).orElseThrow().unlock();
        accounts.create(EXPIRED, Role.ORG_USER, PASSWORD, "expired.api@example.jp");
        accounts.agePassword(EXPIRED, 400);
        accounts.createWithoutTerms(NO_TERMS, Role.ORG_USER, PASSWORD, "terms.api@example.jp");
        accounts.create(SCREEN_USER, Role.ORG_USER, PASSWORD, "screen.api@example.jp");
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.revokedAt is null and t.account ="
                + " (select u from UserAccount u where u.authId = :authId)")
                .setParameter("now", clock.instant()).setParameter("authId",
                new jp.ras.domain.model.account.AuthenticationId(SCREEN_USER)).executeUpdate();

        Organisation mine = em.find(Organisation.class, user.getOrganisation().getId());
        long run = System.currentTimeMillis() / 1000 % 10_000_000L;
        person(mine, VALID, card(run, 1), today.plusMonths(2), today);
        person(mine, EXPIRES_TODAY, card(run, 2), today, today);
        person(mine, RECEIPT, card(run, 3), today.plusMonths(2), today);
        person(mine, RECEIPT_POST, card(run, 6), today.plusMonths(2), today);
        person(em.find(Organisation.class, other.getOrganisation().getId()), OTHERS, card(run, 4),
                today.plusMonths(2), today);
        decided(mine, person(mine, "API DECIDED", card(run, 5), today.plusMonths(2), today), today);
    }

    private static String card(long run, int n) {
        return "AP" + String.format("%07d%d", run, n) + "ZZ";
    }

    private RosterEntry person(Organisation organisation, String name, String cardNumber, LocalDate expiry,
            LocalDate today) {
        RosterEntry entry = new RosterEntry(organisation, new ForeignNational(name, null, "VNM",
                LocalDate.of(1992, 6, 15), Sex.FEMALE, ResidenceCardNumber.parse(cardNumber).orElseThrow(),
                "C7777777", "技術・人文知識・国際業務", "3年", expiry,
                "東京都港区港南2-2-2"), today);
        em.persist(entry);
        return entry;
    }

    /** An application an officer has already decided: its receipt method can no longer change (RC3). */
    private void decided(Organisation organisation, RosterEntry entry, LocalDate today) {
        var now = clock.instant();
        ResidenceApplication application = ResidenceApplication.file(organisation, entry, organisation.getOffice(),
                new ResidenceApplication.Form(ReEntryPermit.NONE, false, "3年", "API test", true,
                        ReceiptMethod.COUNTER, false, null, "decided.api@example.com", Locale.ENGLISH),
                applications.eligibility(), List.of(), ORG_USER,
                String.format("%1$tY%1$tm%1$td-%2$07d", today, applications.nextProvisional()), today, now);
        applications.add(application);
        application.moveTo(ApplicationStatus.UNDER_REVIEW, OFFICER, null, now);
        application.moveTo(ApplicationStatus.DECIDED, OFFICER, "granted", now);
    }
}
