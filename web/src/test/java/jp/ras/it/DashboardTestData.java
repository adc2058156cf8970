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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.account.Role;
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
 * Test-only: the applications {@link OfficerDashboardIT} reads on the dashboard, with known dates. They are filed as
 * the domain files them and then dated into a year {@link #year} before every application already in the database
 * (the test database outlives a run, and other tests file today), so that with the clock moved to
 * {@link #today()} the dashboard sees only these: in Naha and Takamatsu, decided (granted or denied) a known number
 * of days after acceptance, undecided at known ages, one withdrawn.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReferenceData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DashboardTestData {

    static final String RUN_RESOURCE = "officer-dashboard-it.run";

    /** The year of the seeded dates; the dashboard's "today" is its 15 June. */
    static volatile int year;

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Clock clock;

    private record Seed(String office, String accepted, String decided, Boolean granted, String status) {
    }

    static LocalDate today() {
        return LocalDate.of(year, 6, 15);
    }

    /** Dates as MM-DD of the year, or -MM-DD of the year before. */
    private static LocalDate date(String monthDay) {
        return monthDay.startsWith("-") ? LocalDate.parse((year - 1) + monthDay)
                : LocalDate.parse(year + "-" + monthDay);
    }

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        // Naha, decided in May: 10, 20, 30 and 40 days; in March: 19 days; in June of the year before: outside
        seeds.add(new Seed("naha", "05-15", "05-25", true, "DECIDED"));
        seeds.add(new Seed("naha", "05-05", "05-25", false, "DECIDED"));
        seeds.add(new Seed("naha", "04-25", "05-25", true, "CARD_READY"));
        seeds.add(new Seed("naha", "04-15", "05-25", true, "COMPLETED"));
        seeds.add(new Seed("naha", "03-01", "03-20", true, "DECIDED"));
        seeds.add(new Seed("naha", "-05-20", "-06-20", true, "COMPLETED"));
        // Naha, undecided on 15 June: 5 and 30 days, 31 and 45, 46 and 60, 61 and 156
        seeds.add(new Seed("naha", "06-10", null, null, "FILED"));
        seeds.add(new Seed("naha", "05-16", null, null, "UNDER_REVIEW"));
        seeds.add(new Seed("naha", "05-15", null, null, "DOCUMENTS_REQUESTED"));
        seeds.add(new Seed("naha", "05-01", null, null, "FILED"));
        seeds.add(new Seed("naha", "04-30", null, null, "FILED"));
        seeds.add(new Seed("naha", "04-16", null, null, "UNDER_REVIEW"));
        seeds.add(new Seed("naha", "04-15", null, null, "FILED"));
        seeds.add(new Seed("naha", "01-10", null, null, "FILED"));
        // Naha, withdrawn: received, neither decided nor undecided
        seeds.add(new Seed("naha", "06-01", null, null, "WITHDRAWN"));
        // Takamatsu: decided in May after 30 days, one undecided of 1 day
        seeds.add(new Seed("takamatsu", "05-01", "05-31", true, "DECIDED"));
        seeds.add(new Seed("takamatsu", "06-14", null, null, "FILED"));
        return seeds;
    }

    @PostConstruct
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        LocalDate realToday = JapanTime.today(clock);
        try {
            transaction.begin();
            LocalDate earliest = (LocalDate) em.createQuery(
                    "select min(a.acceptanceDate) from ResidenceApplication a", LocalDate.class).getSingleResult();
            year = earliest == null || earliest.getYear() >= 2000 ? 1999 : earliest.getYear() - 2;
            RegionalOffice tokyo = em.find(RegionalOffice.class, "tokyo");
            Organisation organisation = new Organisation("ダッシュボードテスト株式会社" + run, null, "東京都",
                    "東京都港区港南5-5-30", tokyo, realToday.plusMonths(8));
            em.persist(organisation);
            String user = "DB" + run;
            organisations.user(user, Role.ORG_USER, organisation.getId(), user.toLowerCase() + "@example.jp",
                    "dashboard-it-pass-2026");
            List<EligibleStatus> eligibility = em.createQuery("select e from EligibleStatus e", EligibleStatus.class)
                    .getResultList();
            List<Seed> seeds = seeds();
            List<Long> ids = new ArrayList<>();
            for (int n = 0; n < seeds.size(); n++) {
                RegionalOffice office = em.find(RegionalOffice.class, seeds.get(n).office());
                RosterEntry entry = new RosterEntry(organisation, new ForeignNational("DASHBOARD PERSON " + (char) ('A' + n),
                        "集計 花子", "VNM", LocalDate.of(1990, 1, 1), Sex.FEMALE,
                        new ResidenceCardNumber(
                                "DB" + String.format("%08d", Math.floorMod(run.hashCode() + n, 100_000_000)) + "SC"),
                        "C765432" + n, "技術・人文知識・国際業務", "3年", realToday.plusMonths(2),
                        "東京都港区港南2-2-2"), realToday);
                em.persist(entry);
                long sequence = ((Number) em.createNativeQuery("select nextval('provisional_seq')")
                        .getSingleResult()).longValue();
                ResidenceApplication application = ResidenceApplication.file(organisation, entry, office,
                        new ResidenceApplication.Form(ReEntryPermit.NONE, false, "3年", "引き続き同じ会社で働くため", true,
                                ReceiptMethod.POST, false, null, "dashboard-" + run.toLowerCase() + "@example.com",
                                Locale.ENGLISH),
                        eligibility, List.of(), user, String.format("%1$tY%1$tm%1$td-%2$07d", realToday, sequence),
                        realToday, clock.instant());
                em.persist(application);
                em.flush();
                ids.add(application.getId());
            }
            transaction.commit();

            transaction.begin();
            for (int n = 0; n < seeds.size(); n++) {
                Seed seed = seeds.get(n);
                // (no null parameters: PostgreSQL's driver sends an untyped null as text, which a boolean refuses)
                if (seed.decided() == null) {
                    em.createNativeQuery("update residence_application set acceptance_date = ?, status = ?"
                            + " where id = ?").setParameter(1, date(seed.accepted())).setParameter(2, seed.status())
                            .setParameter(3, ids.get(n)).executeUpdate();
                } else {
                    em.createNativeQuery("update residence_application set acceptance_date = ?, status = ?,"
                            + " granted = ?, decided_on = ?, decided_by = ? where id = ?")
                            .setParameter(1, date(seed.accepted())).setParameter(2, seed.status())
                            .setParameter(3, seed.granted()).setParameter(4, date(seed.decided()))
                            .setParameter(5, "SUP0000001").setParameter(6, ids.get(n)).executeUpdate();
                }
            }
            transaction.commit();
            ids.forEach(id -> em.getEntityManagerFactory().getCache().evict(ResidenceApplication.class, id));
        } catch (Exception e) {
            throw new IllegalStateException("seeding the dashboard test failed", e);
        }
    }
}
