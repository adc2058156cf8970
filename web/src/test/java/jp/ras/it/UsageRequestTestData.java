package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only: the organisation user of {@link UsageRequestIT} who asks for an additional user online, made when its
 * deployment starts with an ID ending in the run id (the test database outlives a run).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class UsageRequestTestData {

    static final String RUN_RESOURCE = "usage-request-it.run";

    static final String PASSWORD = "usage-request-pass-2026";

    @Inject
    private TestAccounts accounts;

    @PostConstruct
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        accounts.createWithRoster(TestRun.id("UO", run), PASSWORD, TestRun.mail("UO", run),
                LocalDate.now().plusMonths(8), List.of());
    }
}
