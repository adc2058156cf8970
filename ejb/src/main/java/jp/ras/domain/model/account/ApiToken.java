package jp.ras.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.TextLimits;

/**
 * A bearer token of the REST API. The secret is 256 random bits (base64url) handed to the client once; only its
 * SHA-256 hash is stored, so the table alone opens no account, and checking a token costs one hash and one indexed
 * look-up instead of the password hash (PBKDF2) a login pays. A token carries its user and that user's role.
 * <ul>
 * <li>{@link Kind#LOGIN}: from {@code POST /api/v1/tokens}; lapses after {@link #LOGIN_IDLE} without use (each
 * use pushes the idle limit on, AP10) and at the latest {@link #LOGIN_MAX} after it was issued.</li>
 * <li>{@link Kind#NAMED}: made by the user on the account screen for a system; lasts until its expiry, at most
 * {@link #NAMED_MAX}.</li>
 * </ul>
 * Either kind can be revoked at any time.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.ofAccount", query = "select t from ApiToken t where t.account = :account"
        + " and t.kind = :kind order by t.createdAt desc, t.id desc")
public class ApiToken {

    /** AP10 applied to the API: 30 minutes without a call end a login token. */
    public static final Duration LOGIN_IDLE = Duration.ofMinutes(30);

    /** However busy, a login token ends this long after the login. */
    public static final Duration LOGIN_MAX = Duration.ofHours(12);

    /** A named token lasts at most a year. */
    public static final Duration NAMED_MAX = Duration.ofDays(365);

    /**
     * The last use is written at most this often, so a client calling many times a second does not turn every
     * read into a write; the idle limit is therefore between {@code LOGIN_IDLE − TOUCH_EVERY} and
     * {@code LOGIN_IDLE} after the last call.
     */
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    public static final int MAX_NAME = TextLimits.TOKEN_NAME;

    private static final int SECRET_BYTES = 32;

    public enum Kind { LOGIN, NAMED }

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Kind kind;

    @Column(length = MAX_NAME, updatable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "idle_seconds", updatable = false)
    private Integer idleSeconds;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    /** A new token and its secret, which is shown to the client once and never stored. */
    public record Issued(ApiToken token, String secret) {
    }

    /** A login token for an account that has just passed the password check. */
    public static Issued login(UserAccount account, Instant now) {
        return issue(account, Kind.LOGIN, null, (int) LOGIN_IDLE.toSeconds(), now.plus(LOGIN_MAX), now);
    }

    /** A named token; the name must be given and the expiry be in the future and within {@link #NAMED_MAX}. */
    public static Issued named(UserAccount account, String name, Instant expiresAt, Instant now) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("a named token needs a name of 1 to " + MAX_NAME + " characters");
        }
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(NAMED_MAX))) {
            throw new IllegalArgumentException("a named token lasts at most " + NAMED_MAX.toDays() + " days");
        }
        return issue(account, Kind.NAMED, stripped, null, expiresAt, now);
    }

    private static Issued issue(UserAccount account, Kind kind, String name, Integer idleSeconds, Instant expiresAt,
            Instant now) {
        String secret = TokenSecrets.newSecret(SECRET_BYTES);
        ApiToken token = new ApiToken();
        token.tokenHash = hash(secret);
        token.account = Objects.requireNonNull(account, "account");
        token.role = account.getRole();
        token.kind = kind;
        token.name = name;
        token.createdAt = now;
        token.lastUsedAt = now;
        token.idleSeconds = idleSeconds;
        token.expiresAt = expiresAt;
        return new Issued(token, secret);
    }

    /** SHA-256 of the secret, hex: what is stored and looked up. */
    public static String hash(String secret) {
        return TokenSecrets.hash(secret);
    }

    /** Whether a secret can be a token at all: base64url of the right length. Saves a look-up for rubbish. */
    public static boolean looksLikeSecret(String secret) {
        return secret != null && secret.length() == 43 && secret.matches("[A-Za-z0-9_-]{43}");
    }

    /** Not revoked, not past its expiry, and (for a login token) used within its idle limit. */
    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(validUntil());
    }

    /** When the token lapses if it is not used before then. */
    public Instant validUntil() {
        if (idleSeconds == null) {
            return expiresAt;
        }
        Instant idleEnd = lastUsedAt.plusSeconds(idleSeconds);
        return idleEnd.isBefore(expiresAt) ? idleEnd : expiresAt;
    }

    /**
     * Records a use: pushes the idle limit on. Writes only when the last recorded use is at least
     * {@link #TOUCH_EVERY} old; returns whether it wrote.
     */
    public boolean touch(Instant now) {
        if (!now.isBefore(lastUsedAt.plus(TOUCH_EVERY))) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
