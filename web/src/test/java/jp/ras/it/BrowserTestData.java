package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jp.ras.domain.model.account.Role;

/** Test-only: one account per role for the browser tests, made when their deployment starts. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class BrowserTestData {

    static final String PASSWORD = "browser-test-password-2026";

    /** An organisation user the lockout journey locks (AC4). */
    static final String LOCKOUT_ID = "BRLCK00001";

    /** An organisation user whose language choice the language test keeps on the account (issue 15). */
    static final String LANGUAGE_ID = "BRLNG00001";

    /** Issue 15: where the officer works (not the first office of any list). */
    static final String OFFICER_OFFICE = "kobe";

    @Inject
    private TestAccounts accounts;

    static String idFor(Role role) {
        return switch (role) {
            case ORG_USER -> "BRORG00001";
            case AGENT -> "BRAGT00001";
            case OFFICER -> "BROFC00001";
            case SUPERVISOR -> "BRSUP00001";
        };
    }

    @PostConstruct
    void seed() {
        for (Role role : Role.values()) {
            accounts.create(idFor(role), role, PASSWORD, role.name().toLowerCase() + ".browser@example.jp");
        }
        accounts.create("BRBAD00001", Role.ORG_USER, PASSWORD, "bad.browser@example.jp");
        accounts.create(LOCKOUT_ID, Role.ORG_USER, PASSWORD, "lockout.browser@example.jp");
        accounts.create(LANGUAGE_ID, Role.ORG_USER, PASSWORD, "language.browser@example.jp");
        accounts.placeAt(idFor(Role.OFFICER), OFFICER_OFFICE);
    }
}
