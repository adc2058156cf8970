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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.JapanTime;

/**
 * Test-only: for {@link BulkFilingScreensIT}, made when its deployment starts: {@code BS<run>}, an organisation user
 * whose list holds {@link #PERSONS} persons named {@link #NAME} (inside the AP4 window), {@code BV<run>}, a
 * supervisor, and {@code BI<run>}, an organisation user whose one bulk filing was interrupted because its files could
 * not be read (issue 19).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class BulkScreensTestData {

    static final String RUN_RESOURCE = "bulk-screens-it.run";

    static final String PASSWORD = "bulk-screens-pass-2026";

    static final String NAME = "TEST APPLICANT";

    static final String STATUS = "技術・人文知識・国際業務";

    static final int PERSONS = 3;

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private TestAccounts accounts;

    @Inject
    private Clock clock;

    static String card(String run, int i) {
        return "B" + (char) ('A' + i) + String.format("%08d", Math.floorMod(run.hashCode() * 31 + i, 100_000_000))
                + "BS";
    }

    /** The expiry of every person on the list: in two months, inside the filing window (AP4). */
    static LocalDate expiry(LocalDate today) {
        return today.plusMonths(2);
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        LocalDate today = JapanTime.today(clock);
        if (accounts.exists(TestRun.id("BS", run))) {
            return;
        }
        Organisation organisation = em.find(Organisation.class, accounts.createWithRoster(TestRun.id("BS", run),
                PASSWORD, TestRun.mail("BS", run), today.plusMonths(6), List.of()).getOrganisation().getId());
        for (int i = 0; i < PERSONS; i++) {
            em.persist(new RosterEntry(organisation, new ForeignNational(NAME, null, "VNM", LocalDate.of(1992, 6, 15),
                    Sex.FEMALE, ResidenceCardNumber.parse(card(run, i)).orElseThrow(), "C7777777", STATUS, "3年",
                    expiry(today), "東京都港区港南2-2-2"), today));
        }
        accounts.create(TestRun.id("BV", run), Role.SUPERVISOR, PASSWORD, TestRun.mail("BV", run));

        long other = accounts.createWithRoster(TestRun.id("BI", run), PASSWORD, TestRun.mail("BI", run),
                today.plusMonths(6), List.of()).getOrganisation().getId();
        BulkFiling interrupted = new BulkFiling(other, TestRun.id("BI", run), Locale.JAPANESE, "interrupted.xlsx",
                "EXTENSION", 10, true, null, clock.instant());
        interrupted.started(1, clock.instant());
        interrupted.ended(false, false, true, clock.instant());
        em.persist(interrupted);
    }
}
