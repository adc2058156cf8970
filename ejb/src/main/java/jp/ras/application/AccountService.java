package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.ras.domain.model.account.LoginOutcome;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.UserAccountRepository;
import jp.ras.infrastructure.security.PasswordHasher;

/** Logins and account administration. Thin: the rules live in {@link UserAccount}. */
@Stateless
public class AccountService {

    @Inject
    private UserAccountRepository accounts;

    @Resource
    private SessionContext session;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    /**
     * Checks an authentication ID and password, counting failures towards the lock (AC4) and auditing the attempt.
     * Open to everyone: it is how a caller gets a role. Unknown IDs cost the same hashing time as known ones.
     */
    @PermitAll
    public LoginOutcome authenticate(String authId, String givenPassword) {
        String password = givenPassword == null ? "" : givenPassword;
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findActive(authId);
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            audit.recordFor(authId, null, AuditAction.LOGIN_FAILURE, authId, "unknown authentication ID");
            return LoginOutcome.invalid(authId);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            passwords.verifyNothing(password);
            audit.recordFor(authId, account.getRole(), AuditAction.LOGIN_FAILURE, authId, "account locked");
            return LoginOutcome.locked(authId);
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.recordFailedLogin(now);
            audit.recordFor(authId, account.getRole(), AuditAction.LOGIN_FAILURE, authId,
                    "failure " + account.getFailedLogins());
            if (lockedNow) {
                audit.recordFor(authId, account.getRole(), AuditAction.ACCOUNT_LOCKED, authId,
                        UserAccount.MAX_FAILED_LOGINS + " consecutive failures");
                outbox.queue(account.getMailAddress(), account.getLocale(), "account-locked",
                        Map.of("name", account.getDisplayName(), "authId", authId));
                return LoginOutcome.locked(authId);
            }
            return LoginOutcome.invalid(authId);
        }
        Instant previous = account.recordSuccessfulLogin(now);
        audit.recordFor(authId, account.getRole(), AuditAction.LOGIN_SUCCESS, authId, null);
        return LoginOutcome.success(account, previous);
    }

    /** AC4: a supervisor unlocks an account before its 24 hours are over; the user is told by mail. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void unlock(String authId) {
        UserAccount account = accounts.findActive(authId)
                .orElseThrow(() -> new UnknownAccountException(authId));
        account.unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, authId, null);
        outbox.queue(account.getMailAddress(), account.getLocale(), "account-unlocked",
                Map.of("name", account.getDisplayName(), "authId", authId));
    }

    /** Audits the end of the caller's session. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public void loggedOut() {
        audit.record(AuditAction.LOGOUT, session.getCallerPrincipal().getName(), null);
    }

    /** The caller's own account summary; nobody can ask for another user's. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public Optional<AccountSummary> mySummary() {
        return accounts.findActive(session.getCallerPrincipal().getName()).map(a -> new AccountSummary(a.getAuthId(), a.getDisplayName(), a.getRole(),
                a.getOrganisation() == null ? null : a.getOrganisation().getName(), a.getLastLoginAt()));
    }
}
