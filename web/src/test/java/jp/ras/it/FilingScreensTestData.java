package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.application.ApplicationPhoto;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.EligibleStatus;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.JapanTime;

/**
 * Test-only: the organisations of {@link FilingScreensIT}, made when its deployment starts. Their users' IDs end in
 * the run id the test put into the deployment, because filing changes the data and the test database outlives a run.
 *
 * <ul>
 * <li>{@code FL<run>}: an organisation in use for six months whose list holds {@link #IN_WINDOW} (技能, 1年, the
 * period of stay ends in two months: inside the AP4 window), {@link #EXPIRED} (ends today: AP6) and
 * {@link #EXCLUDED} (inside the window, but 特定技能2号, which the eligibility table excludes: AP2).</li>
 * <li>{@code FP<run>}: an organisation with {@link #SEEDED} applications already filed, to page through (ST1):
 * the oldest {@link #UNDER_REVIEW} under review, the next one decided (RC3: its receipt method is fixed), the newest
 * with a re-entry permit (RC2: its card cannot go by post).</li>
 * <li>{@code FD<run>}: an organisation with one application, with its face photo, for which the officer asked for
 * documents ({@link #DOCUMENTS_MESSAGE}, due in two weeks: AP8).</li>
 * <li>{@code FG<run>}: an organisation with two decided applications, collected at the Tokyo counter: one granted
 * (3年) for {@link #GRANTED_PERSON}, one denied for {@link #DENIED_PERSON}.</li>
 * <li>{@code DA<run>}, {@code DB<run>}, {@code DC<run>}: three users of one organisation whose list holds
 * {@link #DRAFT_PERSON} (inside the AP4 window), for the drafts (B3).</li>
 * </ul>
 * It also reads a user's draft for the test ({@link DraftsServlet}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FilingScreensTestData {

    static final String RUN_RESOURCE = "filing-screens-it.run";

    static final String PASSWORD = "filing-screens-pass-2026";

    static final String IN_WINDOW = "NGUYEN VAN AN";

    static final String EXPIRED = "TRAN THI BINH";

    /** 特定技能2号, inside the AP4 window, but a status the eligibility table excludes (AP2). */
    static final String EXCLUDED = "NGO THI HOA";

    static final String PAGED = "LE VAN CUONG";

    static final int SEEDED = 12;

    static final int UNDER_REVIEW = 3;

    static final String DOCUMENTS_MESSAGE = "在職証明書を提出してください。";

    static final String DOCUMENTS_PERSON = "PHAM VAN DUC";

    static final String DRAFT_PERSON = "HOANG VAN EM";

    static final String GRANTED_PERSON = "VU VAN GIANG";

    static final String DENIED_PERSON = "DANG THI HUONG";

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private TestAccounts accounts;

    @Inject
    private Clock clock;

    static String card(String run, int i) {
        return "F" + (char) ('A' + i) + String.format("%08d", Math.floorMod(run.hashCode() * 31 + i, 100_000_000))
                + "FL";
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        LocalDate today = JapanTime.today(clock);
        if (!exists(TestRun.id("FL", run))) {
            Organisation filing = organisation(accounts.createWithRoster(TestRun.id("FL", run), PASSWORD, TestRun.mail("FL", run),
                    today.plusMonths(6), List.of()).getOrganisation().getId());
            person(filing, IN_WINDOW, card(run, 0), today.plusMonths(2));
            person(filing, EXPIRED, card(run, 1), today);
            person(filing, EXCLUDED, card(run, 5), today.plusMonths(2), "特定技能2号");
        }
        if (!exists(TestRun.id("FP", run))) {
            Organisation paged = organisation(accounts.createWithRoster(TestRun.id("FP", run), PASSWORD, TestRun.mail("FP", run),
                    today.plusMonths(6), List.of()).getOrganisation().getId());
            RosterEntry entry = person(paged, PAGED, card(run, 2), today.plusMonths(1));
            RegionalOffice tokyo = em.find(RegionalOffice.class, "tokyo");
            List<EligibleStatus> eligibility = EligibleStatus.defaults();
            Instant now = clock.instant();
            for (int i = 0; i < SEEDED; i++) {
                // the newest is filed with a re-entry permit, so its card cannot go by post (RC2)
                ReEntryPermit reEntry = i == SEEDED - 1 ? ReEntryPermit.SINGLE : ReEntryPermit.NONE;
                ResidenceApplication.Form form = new ResidenceApplication.Form(reEntry, false, "1年",
                        "seeded " + i, true, ReceiptMethod.COUNTER, false, null, "paged@example.jp", Locale.ENGLISH);
                ResidenceApplication application = ResidenceApplication.file(paged, entry, tokyo, form, eligibility,
                        List.of(), TestRun.id("FP", run), "T" + run + "-" + i, today, now.minusSeconds(60L * (SEEDED - i)));
                if (i <= UNDER_REVIEW) {
                    application.moveTo(ApplicationStatus.UNDER_REVIEW, "OFC0000000", null, now);
                }
                if (i == UNDER_REVIEW) {
                    application.moveTo(ApplicationStatus.DECIDED, "OFC0000000", null, now);
                }
                em.persist(application);
            }
        }
        if (!exists(TestRun.id("FD", run))) {
            Organisation asked = organisation(accounts.createWithRoster(TestRun.id("FD", run), PASSWORD, TestRun.mail("FD", run),
                    today.plusMonths(6), List.of()).getOrganisation().getId());
            RosterEntry entry = person(asked, DOCUMENTS_PERSON, card(run, 3), today.plusMonths(2));
            Instant now = clock.instant();
            ResidenceApplication.Form form = new ResidenceApplication.Form(ReEntryPermit.NONE, false, "1年",
                    "documents requested", true, ReceiptMethod.COUNTER, false, null, "asked@example.jp",
                    Locale.ENGLISH);
            ResidenceApplication application = ResidenceApplication.file(asked, entry,
                    em.find(RegionalOffice.class, "tokyo"), form, EligibleStatus.defaults(), List.of(), TestRun.id("FD", run),
                    "D" + run + "-0", today, now.minusSeconds(120));
            application.startReview("OFC0000000", now.minusSeconds(60));
            application.requestDocuments("OFC0000000", DOCUMENTS_MESSAGE, today.plusDays(14), today, now);
            em.persist(application);
            em.flush();
            em.persist(new ApplicationPhoto(application.getId(), "image/jpeg", 600, 800, TestApplications.photo(600)));
        }
        if (!exists(TestRun.id("FG", run))) {
            Organisation decided = organisation(accounts.createWithRoster(TestRun.id("FG", run), PASSWORD,
                    TestRun.mail("FG", run), today.plusMonths(6), List.of()).getOrganisation().getId());
            Instant now = clock.instant();
            RegionalOffice tokyo = em.find(RegionalOffice.class, "tokyo");
            for (String name : List.of(GRANTED_PERSON, DENIED_PERSON)) {
                boolean grant = name.equals(GRANTED_PERSON);
                RosterEntry entry = person(decided, name, card(run, grant ? 6 : 7), today.plusMonths(2));
                ResidenceApplication.Form form = new ResidenceApplication.Form(ReEntryPermit.NONE, false, "3年",
                        "decided", true, ReceiptMethod.COUNTER, false, null, "decided@example.jp", Locale.ENGLISH);
                ResidenceApplication application = ResidenceApplication.file(decided, entry, tokyo, form,
                        EligibleStatus.defaults(), List.of(), TestRun.id("FG", run), "G" + run + "-" + name.length(),
                        today, now.minusSeconds(600));
                application.startReview("OFC0000000", now.minusSeconds(300));
                if (grant) {
                    application.grant("SUP0000000", "3年", today.plusMonths(2).plusYears(3), today, now);
                } else {
                    application.deny("SUP0000000", "活動実績が確認できないため", today, now);
                }
                em.persist(application);
            }
        }
        if (!exists(TestRun.id("DA", run))) {
            Organisation drafting = organisation(accounts.createWithRoster(TestRun.id("DA", run), PASSWORD, TestRun.mail("DA", run),
                    today.plusMonths(6), List.of()).getOrganisation().getId());
            for (String kind : List.of("DB", "DC")) {
                accounts.createColleague(TestRun.id(kind, run), PASSWORD, TestRun.mail(kind, run), TestRun.id("DA", run));
            }
            person(drafting, DRAFT_PERSON, card(run, 4), today.plusMonths(2));
        }
    }

    /** The user's draft of a form: its content and how often it was written, if there is one (B3). */
    public Optional<WrittenDraft> draft(String owner, String form) {
        return em.createQuery("select d.content, d.version from Draft d where d.owner = :owner and d.form = :form",
                Object[].class).setParameter("owner", owner).setParameter("form", form).getResultStream().findFirst()
                .map(row -> new WrittenDraft((String) row[0], ((Number) row[1]).longValue()));
    }

    /** A draft as stored: {@code writes} is its version, 1 after the first save and one more for each later one. */
    public record WrittenDraft(String content, long writes) implements Serializable {
    }

    private boolean exists(String authId) {
        return !em.createQuery("select u.id from UserAccount u where u.authId = :id", Long.class)
                .setParameter("id", new jp.ras.domain.model.account.AuthenticationId(authId)).getResultList().isEmpty();
    }

    private Organisation organisation(Long id) {
        return em.find(Organisation.class, id);
    }

    private RosterEntry person(Organisation organisation, String name, String card, LocalDate expiry) {
        return person(organisation, name, card, expiry, "技能");
    }

    private RosterEntry person(Organisation organisation, String name, String card, LocalDate expiry,
            String status) {
        RosterEntry entry = new RosterEntry(organisation, new ForeignNational(name, null, "VNM",
                LocalDate.of(1990, 4, 1), Sex.MALE, ResidenceCardNumber.parse(card).orElseThrow(), "C1234567",
                status, "1年", expiry, "東京都港区港南5-5-30"),
                JapanTime.today(clock));
        em.persist(entry);
        return entry;
    }
}
