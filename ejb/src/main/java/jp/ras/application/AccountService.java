package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.model.account.AccountToken;
import jp.ras.domain.model.account.ApiToken;
import jp.ras.domain.model.account.LoginOutcome;
import jp.ras.domain.model.account.MailAddress;
import jp.ras.domain.model.account.PasswordPolicy;
import jp.ras.domain.model.account.RecoveryCode;
import jp.ras.domain.model.account.SecondFactor;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.TokenPurpose;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;
import jp.ras.domain.shared.Violation;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.config.BusinessSettings;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.ApiTokenRepository;
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

    @Inject
    private BusinessSettings settings;

    @Inject
    private ApiTokenRepository apiTokens;

    /** The caller's own account, for the account screen. */
    public record Details(String authId, String name, Role role, String organisation, String mail, String phone,
            Instant lastLogin, Instant passwordExpiresAt, String termsVersion, Instant termsAcceptedAt)
            implements Serializable {
    }

    /** A user as the counter sees them (AC2, AC3). */
    public record CounterUser(String authId, String name, Role role, String organisation, String mail,
            LocalDate dateOfBirth, AccountStatus status, boolean locked, Instant lastLogin) implements Serializable {
    }

    /**
     * Checks an authentication ID and password, counting failures towards the lock (AC4) and auditing the attempt.
     * Open to everyone: it is how a caller gets a role. Unknown IDs cost the same hashing time as known ones.
     */
    @PermitAll
    public LoginOutcome authenticate(String authId, String givenPassword) {
        String password = givenPassword == null ? "" : givenPassword;
        Instant now = clock.instant();
        if (authId == null || !TextLimits.fits(authId, TextLimits.AUTH_ID)) {
            // Security 3: no account has such an ID; refused like an unknown one, audited with the ID cut to its
            // column (an overflowing audit row would roll the attempt back, unaudited, with a stack trace).
            passwords.verifyNothing(password);
            String audited = TextLimits.cut(authId, TextLimits.AUTH_ID);
            audit.recordFor(audited, null, AuditAction.LOGIN_FAILURE, audited, authId == null
                    ? "no authentication ID" : "authentication ID over " + TextLimits.AUTH_ID + " characters ("
                    + authId.length() + ")");
            return LoginOutcome.invalid(audited);
        }
        Optional<UserAccount> found = accounts.findActiveForLogin(authId);
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
            return failedLogin(account, now, "failure ");
        }
        if (account.hasSecondFactor()) {
            // Issue 18: no login yet, and the failure count stays: only the code ends the attempt.
            audit.recordFor(authId, account.getRole(), AuditAction.LOGIN_PASSWORD_ACCEPTED, authId,
                    "second factor follows");
            return LoginOutcome.secondFactor(authId);
        }
        return loggedIn(account, now);
    }

    private LoginOutcome loggedIn(UserAccount account, Instant now) {
        Instant previous = account.recordSuccessfulLogin(now);
        audit.recordFor(account.getAuthId(), account.getRole(), AuditAction.LOGIN_SUCCESS, account.getAuthId(),
                account.hasSecondFactor() ? "with second factor" : null);
        return LoginOutcome.success(account, previous, now, settings.termsVersion(),
                settings.requireSecondFactor());
    }

    /** AC4, issue 18: a wrong password or second-factor code counts towards the lock alike. */
    private LoginOutcome failedLogin(UserAccount account, Instant now, String what) {
        String authId = account.getAuthId();
        boolean lockedNow = account.recordFailedLogin(now);
        audit.recordFor(authId, account.getRole(), AuditAction.LOGIN_FAILURE, authId,
                what + account.getFailedLogins());
        if (lockedNow) {
            audit.recordFor(authId, account.getRole(), AuditAction.ACCOUNT_LOCKED, authId,
                    UserAccount.MAX_FAILED_LOGINS + " consecutive failures");
            revokeTokens(account, "account locked", true);
            outbox.queue(account.getMailAddress(), account.getLocale(), "account-locked",
                    Map.of("name", account.getDisplayName(), "authId", authId));
            return LoginOutcome.locked(authId);
        }
        return LoginOutcome.invalid(authId);
    }

    /**
     * Issue 18: the second step of a login whose password {@link #authenticate} accepted with
     * {@link LoginOutcome.Result#SECOND_FACTOR}: a TOTP code of the enrolled secret or an unused recovery code.
     * A wrong code counts towards the lock as a wrong password does (AC4). Open to everyone like
     * {@link #authenticate}; the callers (the login page's session, {@code POST /api/v1/tokens} in the same call)
     * ask it only after the password was accepted.
     */
    @PermitAll
    public LoginOutcome authenticateSecondFactor(String authId, String code) {
        Instant now = clock.instant();
        Optional<UserAccount> found = authId == null ? Optional.empty() : accounts.findActiveForLogin(authId);
        if (found.isEmpty() || !found.get().hasSecondFactor() || found.get().getPasswordHash() == null) {
            return LoginOutcome.invalid(authId);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            audit.recordFor(authId, account.getRole(), AuditAction.LOGIN_FAILURE, authId, "account locked");
            return LoginOutcome.locked(authId);
        }
        if (SecondFactor.looksLikeCode(code)) {
            if (account.acceptTotp(code, now)) {
                return loggedIn(account, now);
            }
        } else if (SecondFactor.looksLikeRecoveryCode(code)) {
            Optional<RecoveryCode> recovery = accounts.unusedRecoveryCode(account, code);
            if (recovery.isPresent()) {
                recovery.get().use(now);
                audit.recordFor(authId, account.getRole(), AuditAction.RECOVERY_CODE_USED, authId,
                        accounts.unusedRecoveryCodes(account) + " left");
                return loggedIn(account, now);
            }
        }
        return failedLogin(account, now, "second factor failure ");
    }

    /**
     * AP12, SE1: a login refused for the client's address, audited with that address and the authentication ID it
     * named. Open to everyone: the refused client has no role. (A session bean, so the web tier's filter reaches the
     * audit trail in this module also in the EAR, where the persistence unit is this module's.)
     */
    @PermitAll
    public void loginRefusedForAddress(String authId, boolean outsideIntranet) {
        String id = TextLimits.cut(authId, TextLimits.AUTH_ID);
        audit.recordFor(id, null, AuditAction.ACCESS_REFUSED_ABROAD, id,
                outsideIntranet ? "outside the intranet" : "address outside Japan");
    }

    /** Who a single-use link belongs to, while it is usable; empty otherwise. The link is the credential. */
    @PermitAll
    public Optional<String> linkOwner(String secret, TokenPurpose purpose) {
        Instant now = clock.instant();
        return accounts.token(secret).filter(t -> t.isUsable(purpose, now))
                .filter(t -> t.getAccount().getStatus() == AccountStatus.ACTIVE)
                .map(t -> t.getAccount().getAuthId());
    }

    /**
     * First access and AC2: sets a password through a mailed single-use link (SET_PASSWORD, RESET_PASSWORD).
     * The link is the credential, so this is open to everyone; a wrong, used or expired link changes nothing.
     * Setting a password also ends a lock (AC4): the user proved they own the mail address.
     */
    @PermitAll
    public String setPasswordByLink(String secret, TokenPurpose purpose, String newPassword) {
        if (purpose != TokenPurpose.SET_PASSWORD && purpose != TokenPurpose.RESET_PASSWORD) {
            throw new IllegalArgumentException("not a password link: " + purpose);
        }
        Instant now = clock.instant();
        AccountToken token = accounts.token(secret).filter(t -> t.isUsable(purpose, now))
                .filter(t -> t.getAccount().getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> RuleViolationException.of("token", "linkInvalid", null));
        UserAccount account = token.getAccount();
        List<Violation> violations = PasswordPolicy.check(account.getAuthId(), newPassword, "newPassword");
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        token.use(purpose, now);
        account.setPasswordHash(passwords.hash(newPassword), now);
        account.unlock();
        revokeTokens(account, "password " + (purpose == TokenPurpose.RESET_PASSWORD ? "reset" : "set"), true);
        audit.recordFor(account.getAuthId(), account.getRole(), AuditAction.PASSWORD_SET, account.getAuthId(),
                purpose.name());
        outbox.queue(account.getMailAddress(), account.getLocale(), "password-registered",
                Map.of("name", account.getDisplayName(), "authId", account.getAuthId()));
        return account.getAuthId();
    }

    /**
     * AC2: "forgot password" on the login page. When ID and mail address belong to one active account, a reset
     * link (1 h) goes to that address; otherwise nothing happens. The caller learns nothing either way.
     */
    @PermitAll
    public void requestPasswordReset(String authId, String mailAddress) {
        Optional<UserAccount> found = accounts.findActive(authId)
                .filter(a -> mailAddress != null && a.getMailAddress().equalsIgnoreCase(mailAddress.strip()));
        if (found.isEmpty()) {
            audit.recordFor(authId, null, AuditAction.PASSWORD_RESET_SENT, authId, "no match; nothing sent");
            return;
        }
        sendResetLink(found.get(), "login page");
    }

    /** AC2: the counter sends a reset link to the user's registered address. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public void sendPasswordReset(String authId) {
        sendResetLink(accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId)),
                "counter");
    }

    private void sendResetLink(UserAccount account, String via) {
        AccountToken.Issued link = accounts.issueToken(account, TokenPurpose.RESET_PASSWORD, null, clock.instant());
        audit.recordFor(account.getAuthId(), account.getRole(), AuditAction.PASSWORD_RESET_SENT,
                account.getAuthId(), via);
        outbox.queue(account.getMailAddress(), account.getLocale(), "password-reset", Map.of(
                "name", account.getDisplayName(), "authId", account.getAuthId(),
                "link", MailLinks.resetPassword(link.secret())));
    }

    /** AC1, AC3, AC5: the caller changes their password; the current one is required. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public int changePassword(String currentPassword, String newPassword) {
        UserAccount account = me();
        if (!passwords.verify(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            throw RuleViolationException.of("currentPassword", "passwordWrong", "AC1");
        }
        List<Violation> violations = PasswordPolicy.check(account.getAuthId(), newPassword, "newPassword");
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (newPassword.equals(currentPassword)) {
            throw RuleViolationException.of("newPassword", "passwordSame", "AC5");
        }
        account.setPasswordHash(passwords.hash(newPassword), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGED, account.getAuthId(), null);
        revokeTokens(account, "password changed", false);
        outbox.queue(account.getMailAddress(), account.getLocale(), "password-changed",
                Map.of("name", account.getDisplayName(), "authId", account.getAuthId()));
        return account.getCredentialGeneration();
    }

    /** AC1, AC6: a confirmation link (24 h) goes to the new address; nothing changes until it is followed. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public void requestMailChange(String newAddress) {
        UserAccount account = me();
        String address = newAddress == null ? null : newAddress.strip();
        if (!MailAddress.isValid(address)) {
            throw RuleViolationException.of("newMail", "mail", "AC6");
        }
        if (account.mailAddress().sameAs(address)) {
            throw RuleViolationException.of("newMail", "mailSame", "AC1");
        }
        AccountToken.Issued link = accounts.issueToken(account, TokenPurpose.CONFIRM_MAIL, address, clock.instant());
        audit.record(AuditAction.MAIL_CHANGE_REQUESTED, account.getAuthId(), address);
        outbox.queue(address, account.getLocale(), "mail-confirm", Map.of("name", account.getDisplayName(),
                "authId", account.getAuthId(), "link", MailLinks.confirmMail(link.secret())));
    }

    /** AC1: the link in the confirmation mail; the old address is told of the change. */
    @PermitAll
    public String confirmMailChange(String secret) {
        Instant now = clock.instant();
        AccountToken token = accounts.token(secret).filter(t -> t.isUsable(TokenPurpose.CONFIRM_MAIL, now))
                .filter(t -> t.getAccount().getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> RuleViolationException.of("token", "linkInvalid", null));
        token.use(TokenPurpose.CONFIRM_MAIL, now);
        UserAccount account = token.getAccount();
        String old = account.getMailAddress();
        account.changeMailAddress(MailAddress.of(token.getNewMail()));
        audit.recordFor(account.getAuthId(), account.getRole(), AuditAction.MAIL_CHANGED, account.getAuthId(),
                old + " -> " + token.getNewMail());
        outbox.queue(old, account.getLocale(), "mail-changed", Map.of("name", account.getDisplayName(),
                "authId", account.getAuthId(), "newMail", token.getNewMail()));
        return account.getAuthId();
    }

    /** SE2: the caller agrees to the current terms of use. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public void acceptTerms() {
        UserAccount account = me();
        account.acceptTerms(settings.termsVersion(), clock.instant());
        audit.record(AuditAction.TERMS_ACCEPTED, account.getAuthId(), settings.termsVersion());
    }

    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public String termsVersion() {
        return settings.termsVersion();
    }

    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public Details myDetails() {
        UserAccount a = me();
        return new Details(a.getAuthId(), a.getDisplayName(), a.getRole(),
                a.getOrganisation() == null ? null : a.getOrganisation().getName(), a.getMailAddress(), a.getPhone(),
                a.getLastLoginAt(), a.passwordExpiresAt(), a.getTermsVersion(), a.getTermsAcceptedAt());
    }

    /** AC2: the counter confirms a forgotten authentication ID by name, organisation and date of birth. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public List<CounterUser> findUsers(String name, String organisation, LocalDate dateOfBirth) {
        requireSearch(name, organisation, dateOfBirth);
        Instant now = clock.instant();
        return accounts.search(name, organisation, dateOfBirth).stream().map(a -> counterUser(a, now)).toList();
    }

    /** One page of the counter's user search, with the number of all users it finds (issue 15: a lazy table). */
    public record UserPage(List<CounterUser> rows, long total) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** AC2: {@link #findUsers} a page at a time, sorted and counted in the database. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public UserPage findUsersPage(String name, String organisation, LocalDate dateOfBirth, int first, int size,
            UserAccountRepository.UserSort sort, boolean ascending) {
        requireSearch(name, organisation, dateOfBirth);
        Instant now = clock.instant();
        return new UserPage(accounts.searchPage(name, organisation, dateOfBirth, first, Math.min(size, 100), sort,
                ascending).stream().map(a -> counterUser(a, now)).toList(),
                accounts.searchCount(name, organisation, dateOfBirth));
    }

    private static void requireSearch(String name, String organisation, LocalDate dateOfBirth) {
        if ((name == null || name.isBlank()) && (organisation == null || organisation.isBlank())
                && dateOfBirth == null) {
            throw RuleViolationException.of("name", "searchEmpty", "AC2");
        }
    }

    private static CounterUser counterUser(UserAccount a, Instant now) {
        return new CounterUser(a.getAuthId(), a.getDisplayName(), a.getRole(), a.getOrganisation().getName(),
                a.getMailAddress(), a.getDateOfBirth(), a.getStatus(), a.isLocked(now), a.getLastLoginAt());
    }

    /** AC3, PR6: 利用者情報抹消 — an officer deletes a user on request. The ID is never reused. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public void deleteUser(String authId, String reason) {
        UserAccount account = accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId));
        if (account.getRole().isIntranet()) {
            throw new UnknownAccountException(authId);
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "required", "PR6");
        }
        RuleViolationException.checkLength(reason, "reason", TextLimits.LONG_TEXT);
        account.delete(clock.instant());
        audit.record(AuditAction.USER_DELETED, authId, reason.strip());
        revokeTokens(account, "user deleted", false);
        outbox.queue(account.getMailAddress(), account.getLocale(), "user-deleted",
                Map.of("name", account.getDisplayName(), "authId", authId));
    }

    /**
     * Security 4: a password change, reset or set, a lock and a deletion revoke every API token of the account (its
     * web sessions end with the credential generation the account raised, see {@link #sessionGeneration}).
     */
    private void revokeTokens(UserAccount account, String why, boolean byTheUser) {
        Instant now = clock.instant();
        List<ApiToken> revoked = apiTokens.unrevokedOf(account);
        revoked.forEach(t -> t.revoke(now));
        if (revoked.isEmpty()) {
            return;
        }
        String detail = revoked.size() + " token(s): " + why;
        if (byTheUser) {
            audit.recordFor(account.getAuthId(), account.getRole(), AuditAction.API_TOKEN_REVOKED,
                    account.getAuthId(), detail);
        } else {
            audit.record(AuditAction.API_TOKEN_REVOKED, account.getAuthId(), detail);
        }
    }

    /**
     * Security 4: the credential generation of an active account, which a web session signed in under must still
     * have; empty when the account is deleted or unknown. Open to everyone: the web tier asks it for each request of
     * a session before it hands the session's login to the container.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalInt sessionGeneration(String authId) {
        return accounts.findActive(authId).map(a -> OptionalInt.of(a.getCredentialGeneration()))
                .orElse(OptionalInt.empty());
    }

    private UserAccount me() {
        String authId = session.getCallerPrincipal().getName();
        return accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId));
    }

    /** Issue 18: the caller's second factor as the enrolment screen shows it. */
    public record SecondFactorState(String authId, boolean enrolled, Instant enrolledAt, String pendingSecret,
            long recoveryCodesLeft, boolean required) implements Serializable {
    }

    /** Issue 18: the caller's second factor: enrolled or not, and the secret of an enrolment in progress. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public SecondFactorState mySecondFactor() {
        UserAccount account = me();
        return new SecondFactorState(account.getAuthId(), account.hasSecondFactor(),
                account.getSecondFactorEnrolledAt(), account.pendingSecondFactorSecret(),
                account.hasSecondFactor() ? accounts.unusedRecoveryCodes(account) : 0,
                account.getRole().isIntranet() && settings.requireSecondFactor());
    }

    /** Issue 18: a new secret for the caller, which works once {@link #confirmSecondFactor} accepted a code. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public String startSecondFactorEnrolment() {
        UserAccount account = me();
        if (account.hasSecondFactor()) {
            throw RuleViolationException.of("code", "secondFactorEnrolled", null);
        }
        String secret = SecondFactor.newSecret();
        account.startSecondFactorEnrolment(secret);
        return secret;
    }

    /**
     * Issue 18: the caller confirms the enrolment with a code of the app; returns the ten recovery codes, which
     * are shown this once (only their hashes are kept).
     */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public List<String> confirmSecondFactor(String code) {
        UserAccount account = me();
        if (account.pendingSecondFactorSecret() == null) {
            throw RuleViolationException.of("code", "secondFactorNotStarted", null);
        }
        if (!SecondFactor.looksLikeCode(code)) {
            throw RuleViolationException.of("code", "secondFactorCodeForm", null);
        }
        if (!account.confirmSecondFactor(code, clock.instant())) {
            throw RuleViolationException.of("code", "secondFactorCodeWrong", null);
        }
        List<String> codes = SecondFactor.newRecoveryCodes();
        accounts.replaceRecoveryCodes(account, codes);
        audit.record(AuditAction.SECOND_FACTOR_ENROLLED, account.getAuthId(), codes.size() + " recovery codes");
        return codes;
    }

    /** Issue 18: whether the account has a second factor (the supervisors' unlock screen shows it). */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public boolean hasSecondFactor(String authId) {
        return accounts.findActive(authId).map(UserAccount::hasSecondFactor).orElse(false);
    }

    /**
     * Issue 18: a supervisor resets another user's second factor (lost phone): it and its recovery codes are gone,
     * the user's sessions and API tokens end, and the user is told by mail; they enrol again at the next login.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void resetSecondFactor(String authId) {
        UserAccount account = accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId));
        if (account.getAuthId().equals(session.getCallerPrincipal().getName())) {
            throw RuleViolationException.of("authId", "secondFactorOwn", null);
        }
        if (!account.hasSecondFactor()) {
            throw RuleViolationException.of("authId", "secondFactorNone", null);
        }
        account.resetSecondFactor();
        accounts.replaceRecoveryCodes(account, List.of());
        revokeTokens(account, "second factor reset", false);
        audit.record(AuditAction.SECOND_FACTOR_RESET, authId, null);
        outbox.queue(account.getMailAddress(), account.getLocale(), "second-factor-reset",
                Map.of("name", account.getDisplayName(), "authId", authId));
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

    /**
     * Security 9: the seconds a client must wait before its next login attempt (web or {@code POST /api/v1/tokens}),
     * or empty when it may try now. A client address with {@code ras.login.address-failures} failed logins within
     * {@code ras.login.address-window-minutes} waits until the earliest of them leaves the window. Counted from the
     * audit trail in the database, so every instance of a cluster sees the same count. Failures only: an office
     * whose users all log in through one address is not held up by their successes.
     */
    @PermitAll
    public OptionalLong loginRetryAfter() {
        Instant now = clock.instant();
        Duration window = Duration.ofMinutes(settings.loginAddressWindowMinutes());
        return audit.recentFromThisAddress(AuditAction.LOGIN_FAILURE, now.minus(window))
                .filter(r -> r.count() >= settings.loginAddressFailures() && r.earliest() != null)
                .map(r -> OptionalLong.of(Math.max(1, Duration.between(now, r.earliest().plus(window)).toSeconds() + 1)))
                .orElse(OptionalLong.empty());
    }

    /** Audits the end of the caller's session. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public void loggedOut() {
        audit.record(AuditAction.LOGOUT, session.getCallerPrincipal().getName(), null);
    }

    /** Issue 15: the language the caller chose for the screens, when they chose one. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public Optional<Locale> myScreenLanguage() {
        return accounts.findActive(session.getCallerPrincipal().getName()).map(UserAccount::getScreenLanguage);
    }

    /** Issue 15: the code of the regional office the calling officer works at, when they are placed at one. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public Optional<String> myOfficeCode() {
        return accounts.findActive(session.getCallerPrincipal().getName())
                .map(UserAccount::getOffice).map(RegionalOffice::getCode);
    }

    /** Issue 15: the caller chose Japanese or English for the screens; kept for their next login. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public void chooseScreenLanguage(Locale language) {
        me().chooseScreenLanguage(language);
    }

    /** The caller's own account summary; nobody can ask for another user's. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public Optional<AccountSummary> mySummary() {
        return accounts.findActive(session.getCallerPrincipal().getName()).map(a -> new AccountSummary(
                a.getAuthId(), a.getDisplayName(), a.getRole(),
                a.getOrganisation() == null ? null : a.getOrganisation().getName(), a.getLastLoginAt()));
    }
}
