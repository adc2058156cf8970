package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.shared.JapanTime;

/**
 * Test-only: the accounts of {@link AccountScreensIT}, made when its deployment starts. Their IDs end in the run
 * id that the test put into the deployment, because these tests change passwords, terms and reports, and the test
 * database outlives a run.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AccountScreensTestData {

    static final String RUN_RESOURCE = "account-screens-it.run";

    static final String PASSWORD = "account-screens-pass-2026";

    /** AC5: older than the one year a password is valid. */
    static final int EXPIRED_DAYS = 400;

    @Inject
    private TestAccounts accounts;

    @Inject
    private Clock clock;

    static String card(String run, int i) {
        return "T" + (char) ('A' + i) + String.format("%08d", Math.floorMod(run.hashCode() + i, 100_000_000)) + "XY";
    }

    @PostConstruct
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        LocalDate today = JapanTime.today(clock);
        accounts.create(TestRun.id("AR", run), Role.ORG_USER, PASSWORD, TestRun.mail("AR", run));
        accounts.create(TestRun.id("AX", run), Role.ORG_USER, PASSWORD, TestRun.mail("AX", run));
        accounts.agePassword(TestRun.id("AX", run), EXPIRED_DAYS);
        accounts.createWithoutTerms(TestRun.id("AT", run), Role.AGENT, PASSWORD, TestRun.mail("AT", run));
        accounts.create(TestRun.id("AM", run), Role.ORG_USER, PASSWORD, TestRun.mail("AM", run));
        accounts.create(TestRun.id("AO", run), Role.OFFICER, PASSWORD, TestRun.mail("AO", run));
        accounts.create(TestRun.id("AS", run), Role.ORG_USER, PASSWORD, TestRun.mail("AS", run));
        accounts.create(TestRun.id("AQ", run), Role.OFFICER, PASSWORD, TestRun.mail("AQ", run));
        accounts.createWithRoster(TestRun.id("AP", run), PASSWORD, TestRun.mail("AP", run), today.plusMonths(6),
                List.of(card(run, 0), card(run, 1)));
        accounts.createWithRoster(TestRun.id("AL", run), PASSWORD, TestRun.mail("AL", run), today.plusDays(10),
                List.of(card(run, 2)));
    }
}
