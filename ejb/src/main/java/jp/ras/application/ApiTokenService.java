package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.model.account.ApiToken;
import jp.ras.domain.model.account.LoginOutcome;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.config.BusinessSettings;
import jp.ras.infrastructure.persistence.ApiTokenRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * Bearer tokens of the REST API: a login with authentication ID and password gives a login token (the same
 * lockout, audit and password-expiry rules as the login page, AC4, AC5, SE2); users make named tokens for their
 * systems; every API call shows its token, which is checked by hash, never by the password.
 */
@Stateless
public class ApiTokenService {

    /** How many named tokens one user may hold at once. */
    public static final int MAX_NAMED = 10;

    @EJB
    private AccountService accountService;

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private BusinessSettings settings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** What a token login came to; a token only with {@link Result#ISSUED}. */
    public record Login(Result result, String token, Instant expiresAt) implements Serializable {
        public enum Result {
            ISSUED,
            /** Wrong ID or password, or a locked account: the caller is not told which (AC4). */
            INVALID,
            /** AC5: the password expired; a new one is set on the web first. */
            PASSWORD_EXPIRED,
            /** SE2: the current terms of use have not been agreed to on the web yet. */
            TERMS_REQUIRED,
            /** Issue 18: the password was right; the account's second-factor code must come with it. */
            SECOND_FACTOR_REQUIRED,
            /** Issue 18: an officer or supervisor enrols a second factor on the web first. */
            SECOND_FACTOR_ENROLMENT_REQUIRED
        }
    }

    /** Who a valid token speaks for; {@code problem} is set when the account must first act on the web. */
    public record Caller(String authId, Role role, Login.Result problem) implements Serializable {
    }

    /** A named token as the account screen lists it (never its secret). */
    public record Named(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
            boolean revoked, boolean usable) implements Serializable {
    }

    /** A named token just made: the secret is shown this once. */
    public record Created(long id, String name, String token, Instant expiresAt) implements Serializable {
    }

    /**
     * {@code POST /api/v1/tokens}: checks the ID and password through {@link AccountService#authenticate} (which
     * counts failures towards the lock and audits the attempt) and issues a login token. Open to everyone: it is
     * how an API client gets a role. A failed attempt is committed (the failure counts), never rolled back.
     */
    @PermitAll
    public Login logIn(String authId, String password) {
        return logIn(authId, password, null);
    }

    /**
     * Issue 18: as {@link #logIn(String, String)}, and for an account with a second factor the TOTP or an unused
     * recovery code ({@code code}); without it no token is issued. A wrong code counts towards the lock (AC4).
     */
    @PermitAll
    public Login logIn(String authId, String password, String code) {
        LoginOutcome outcome = accountService.authenticate(authId, password);
        if (outcome.needsSecondFactor()) {
            if (code == null || code.isBlank()) {
                return new Login(Login.Result.SECOND_FACTOR_REQUIRED, null, null);
            }
            outcome = accountService.authenticateSecondFactor(outcome.authId(), code.strip());
        }
        if (!outcome.succeeded()) {
            return new Login(Login.Result.INVALID, null, null);
        }
        if (outcome.passwordExpired()) {
            return new Login(Login.Result.PASSWORD_EXPIRED, null, null);
        }
        if (outcome.termsRequired()) {
            return new Login(Login.Result.TERMS_REQUIRED, null, null);
        }
        if (outcome.secondFactorEnrolmentRequired()) {
            return new Login(Login.Result.SECOND_FACTOR_ENROLMENT_REQUIRED, null, null);
        }
        UserAccount account = accounts.findActive(outcome.authId()).orElseThrow();
        Instant now = clock.instant();
        ApiToken.Issued issued = ApiToken.login(account, now);
        tokens.add(issued.token());
        audit.recordFor(account.getAuthId(), account.getRole(), AuditAction.API_TOKEN_ISSUED, account.getAuthId(),
                "login token");
        return new Login(Login.Result.ISSUED, issued.secret(), issued.token().validUntil());
    }

    /**
     * The caller a bearer token speaks for, while it is usable and its account active; each use pushes a login
     * token's idle limit on. The token is the credential, so this is open to everyone. A locked account's tokens
     * keep working: the lock stops password guessing (AC4) and must not let a guesser cut off a system that
     * already proved itself.
     */
    @PermitAll
    public Optional<Caller> caller(String secret) {
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.bySecret(secret).filter(t -> t.isUsable(now))
                .filter(t -> t.getAccount().getStatus() == AccountStatus.ACTIVE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        token.touch(now);
        UserAccount account = token.getAccount();
        Login.Result problem = account.isPasswordExpired(now) ? Login.Result.PASSWORD_EXPIRED
                : account.mustAcceptTerms(settings.termsVersion()) ? Login.Result.TERMS_REQUIRED
                : account.mustEnrolSecondFactor(settings.requireSecondFactor())
                        ? Login.Result.SECOND_FACTOR_ENROLMENT_REQUIRED : null;
        return Optional.of(new Caller(account.getAuthId(), token.getRole(), problem));
    }

    /** {@code DELETE /api/v1/tokens/current}: the caller ends the token they called with. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public void revokeCurrent(String secret) {
        ApiToken token = tokens.bySecret(secret).filter(this::isMine)
                .orElseThrow(() -> new NotFoundException("token"));
        revoke(token);
    }

    /** A named token for one of the caller's systems, lasting {@code days} days (1 to 365). */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Created createNamed(String name, int days) {
        RuleViolationException.Collector violations = new RuleViolationException.Collector()
                .check(name != null && !name.isBlank(), "tokenName", "required")
                .length(name == null ? null : name.strip(), "tokenName", ApiToken.MAX_NAME)
                .check(days >= 1 && days <= ApiToken.NAMED_MAX.toDays(), "tokenDays", "tokenDays");
        violations.throwIfAny();
        UserAccount me = me();
        Instant now = clock.instant();
        long open = tokens.ofAccount(me, ApiToken.Kind.NAMED).stream().filter(t -> t.isUsable(now)).count();
        if (open >= MAX_NAMED) {
            throw RuleViolationException.of("tokenName", "tokenLimit", null);
        }
        ApiToken.Issued issued = ApiToken.named(me, name, now.plus(Duration.ofDays(days)), now);
        tokens.add(issued.token());
        audit.record(AuditAction.API_TOKEN_ISSUED, me.getAuthId(), "named token: " + issued.token().getName());
        return new Created(issued.token().getId(), issued.token().getName(), issued.secret(),
                issued.token().getExpiresAt());
    }

    /** The caller's named tokens, newest first. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public List<Named> myNamed() {
        Instant now = clock.instant();
        return tokens.ofAccount(me(), ApiToken.Kind.NAMED).stream().map(t -> new Named(t.getId(), t.getName(),
                t.getCreatedAt(), t.getLastUsedAt(), t.getExpiresAt(), t.getRevokedAt() != null, t.isUsable(now)))
                .toList();
    }

    /** Revokes one of the caller's named tokens; another user's is "not found". */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public void revokeNamed(long id) {
        ApiToken token = tokens.find(id).filter(t -> t.getKind() == ApiToken.Kind.NAMED).filter(this::isMine)
                .orElseThrow(() -> new NotFoundException("token " + id));
        revoke(token);
    }

    private void revoke(ApiToken token) {
        if (token.getRevokedAt() != null) {
            return;
        }
        token.revoke(clock.instant());
        audit.record(AuditAction.API_TOKEN_REVOKED, token.getAccount().getAuthId(),
                token.getKind() == ApiToken.Kind.NAMED ? "named token: " + token.getName() : "login token");
    }

    private boolean isMine(ApiToken token) {
        return token.getAccount().getAuthId().equals(session.getCallerPrincipal().getName());
    }

    private UserAccount me() {
        String authId = session.getCallerPrincipal().getName();
        return accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId));
    }
}
