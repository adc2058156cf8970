package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import jp.ras.domain.model.account.Role;

/**
 * Test-only: the accounts of {@link SecondFactorIT}, made when its deployment starts, with IDs ending in the run id
 * (they enrol, lock and reset second factors; the test database outlives a run). {@code FS}, {@code FL} and
 * {@code FR} start enrolled with {@link #SECRET}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SecondFactorTestData {

    static final String RUN_RESOURCE = "second-factor-it.run";

    static final String PASSWORD = "second-factor-pass-2026";

    /** A test-only TOTP secret (base32, 160 bits); never a real one. */
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    static final List<String> RECOVERY = List.of("aaaa-bbbb-cccc-0001", "aaaa-bbbb-cccc-0002");

    @Inject
    private TestAccounts accounts;

    @PostConstruct
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        accounts.create(TestRun.id("FE", run), Role.OFFICER, PASSWORD, TestRun.mail("FE", run));
        accounts.create(TestRun.id("FS", run), Role.SUPERVISOR, PASSWORD, TestRun.mail("FS", run));
        accounts.enrolSecondFactor(TestRun.id("FS", run), SECRET, RECOVERY);
        accounts.create(TestRun.id("FL", run), Role.ORG_USER, PASSWORD, TestRun.mail("FL", run));
        accounts.enrolSecondFactor(TestRun.id("FL", run), SECRET, RECOVERY);
        accounts.create(TestRun.id("FR", run), Role.OFFICER, PASSWORD, TestRun.mail("FR", run));
        accounts.enrolSecondFactor(TestRun.id("FR", run), SECRET, RECOVERY);
    }
}
