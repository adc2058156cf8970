package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jp.ras.domain.model.account.Role;

/**
 * Test-only: the accounts of {@link SecurityIT}, made when its deployment starts (kept from run to run; those a test
 * changes get their password back and are unlocked at each start).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReferenceData"})
public class SecurityTestData {

    static final String PASSWORD = "security-test-password-2026";

    /** An organisation user whose bearer token tries to open the web screens (Security 1). */
    static final String ORG_USER = "SECORG0001";
    /** An officer whose bearer token tries to open the intranet pages (Security 1). */
    static final String OFFICER = "SECOFC0001";

    /** Changes their password on one session while another session and a token are open (Security 4). */
    static final String CHANGER = "SECPWD0001";
    /** Gets locked by wrong passwords while a session and a token are open (Security 4). */
    static final String LOCKED = "SECLCK0001";

    @Inject
    private TestAccounts accounts;

    @PostConstruct
    void seed() {
        accounts.create(ORG_USER, Role.ORG_USER, PASSWORD, "org.security@example.jp");
        accounts.create(OFFICER, Role.OFFICER, PASSWORD, "officer.security@example.jp");
        for (String authId : new String[] {CHANGER, LOCKED}) {
            accounts.create(authId, Role.ORG_USER, PASSWORD, authId.toLowerCase() + ".security@example.jp");
            accounts.resetPassword(authId, PASSWORD);
        }
    }
}
