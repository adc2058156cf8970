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
import java.time.Instant;
import java.util.Objects;
import jp.ras.domain.shared.Ids;

/**
 * A single-use link sent by mail. Only the SHA-256 hash of its secret is stored, so the table alone opens no
 * account. Used once, within its lifetime, while no newer link of the same purpose replaced it.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.byHash", query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(name = "AccountToken.openOf", query = "select t from AccountToken t where t.account = :account"
        + " and t.purpose = :purpose and t.usedAt is null")
public class AccountToken {

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "new_mail", length = 320, updatable = false)
    private String newMail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    /** A token and the secret that goes into the mailed link (never stored). */
    public record Issued(AccountToken token, String secret) {
    }

    public static Issued issue(UserAccount account, TokenPurpose purpose, String newMail, Instant now) {
        String secret = TokenSecrets.newSecret(32);
        AccountToken token = new AccountToken();
        token.tokenHash = hash(secret);
        token.account = Objects.requireNonNull(account, "account");
        token.purpose = Objects.requireNonNull(purpose, "purpose");
        token.newMail = newMail;
        token.createdAt = now;
        token.expiresAt = now.plus(purpose.lifetime());
        return new Issued(token, secret);
    }

    public static String hash(String secret) {
        return TokenSecrets.hash(secret);
    }

    public boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the token used; false when it is of another purpose, used, replaced or expired. */
    public boolean use(TokenPurpose expected, Instant now) {
        if (!isUsable(expected, now)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    /** A newer link of the same purpose replaces this one. */
    public void supersede(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public UserAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getNewMail() {
        return newMail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
