package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.ApplicationPhoto;
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
 * Test-only: what the review tests of {@link OfficerScreensIT} review, made when its deployment starts: an
 * organisation of Tokyo with persons on its roster whose stay ends in 2 months, each with an application filed by post
 * with its face photo, as the domain files it: a page of fillers first, then the two the test opens. Names end in the
 * run id the test put into the deployment (the test database outlives a run). The supervisor's application is then
 * dated back beyond the standard processing time (ST2), in a transaction of its own.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReferenceData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class ReviewScreensTestData {

    static final String RUN_RESOURCE = "review-screens-it.run";

    /** Days from acceptance to today: over the 30 days of the standard (ST2). */
    static final int DAYS_SINCE_FILING = 35;

    /** The application the supervisor takes from filing to the card handed over. */
    static final String APPLICANT = "REVIEW APPLICANT";

    /** The application an officer without the supervisor role opens. */
    static final String SECOND_APPLICANT = "REVIEW SECOND";

    /** Applications filed before those two, so that the office's queue has more than one page. */
    static final int FILLERS = 20;

    static final String FILLER = "REVIEW FILLER";

    static final LocalDate BIRTH = LocalDate.of(1992, 6, 15);

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Clock clock;

    static String organisation(String run) {
        return "審査画面テスト株式会社" + run;
    }

    static String user(String run) {
        return "RV" + run;
    }

    /** A residence card number of this run (two letters, eight digits, two letters). */
    static String card(String run, int n) {
        return "RV" + String.format("%08d", Math.floorMod(run.hashCode() + n, 100_000_000)) + "SC";
    }

    @PostConstruct
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        LocalDate today = JapanTime.today(clock);
        try {
            transaction.begin();
            RegionalOffice tokyo = em.find(RegionalOffice.class, "tokyo");
            Organisation organisation = new Organisation(organisation(run), null, "東京都", "東京都港区港南5-5-30",
                    tokyo, today.plusMonths(8));
            em.persist(organisation);
            organisations.user(user(run), Role.ORG_USER, organisation.getId(), user(run).toLowerCase() + "@example.jp",
                    "review-screens-pass-2026");
            for (int n = 0; n < FILLERS; n++) {
                file(run, organisation, tokyo, FILLER, 2 + n, today);
            }
            long id = file(run, organisation, tokyo, APPLICANT, 0, today);
            file(run, organisation, tokyo, SECOND_APPLICANT, 1, today);
            transaction.commit();

            transaction.begin();
            em.createNativeQuery("update residence_application set acceptance_date = ? where id = ?")
                    .setParameter(1, today.minusDays(DAYS_SINCE_FILING)).setParameter(2, id).executeUpdate();
            transaction.commit();
            em.getEntityManagerFactory().getCache().evict(ResidenceApplication.class, id);
        } catch (Exception e) {
            throw new IllegalStateException("seeding the review screens test failed", e);
        }
    }

    /** One person on the roster and their application, filed by post with the face photo as the domain files it. */
    private long file(String run, Organisation organisation, RegionalOffice office, String name, int n,
            LocalDate today) {
        RosterEntry entry = new RosterEntry(organisation, new ForeignNational(name, "審査 花子", "VNM", BIRTH,
                Sex.FEMALE, ResidenceCardNumber.parse(card(run, n)).orElseThrow(), "C765432" + n, "技術・人文知識・国際業務",
                "3年", today.plusMonths(2),
                "東京都港区港南2-2-2"), today);
        em.persist(entry);
        long sequence = ((Number) em.createNativeQuery("select nextval('provisional_seq')").getSingleResult())
                .longValue();
        ResidenceApplication application = ResidenceApplication.file(organisation, entry, office,
                new ResidenceApplication.Form(ReEntryPermit.NONE, false, "3年", "引き続き同じ会社で働くため", true,
                        ReceiptMethod.POST, false, null, "applicant-" + run.toLowerCase() + "@example.com",
                        Locale.ENGLISH),
                em.createQuery("select e from EligibleStatus e", EligibleStatus.class).getResultList(),
                List.of(), user(run), String.format("%1$tY%1$tm%1$td-%2$07d", today, sequence), today, clock.instant());
        em.persist(application);
        em.flush();
        em.persist(new ApplicationPhoto(application.getId(), "image/jpeg", 600, 800, TestApplications.photo(600)));
        return application.getId();
    }
}
