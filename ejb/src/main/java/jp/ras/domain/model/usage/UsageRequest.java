package jp.ras.domain.model.usage;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import jp.ras.domain.model.account.TokenSecrets;
import jp.ras.domain.shared.EncryptedStringConverter;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;

/**
 * A usage application sent online (issue 17, UA1–UA6) that waits for its sender to confirm the mailed link. Until
 * then it is the only thing stored: no usage application, no organisation, no account. It holds the application's
 * parts as one encrypted text (the application service's form of them), the identity document as uploaded, and
 * only the SHA-256 of the link's secret. Confirming it empties it and names the application it became.
 */
@Entity
@Table(name = "usage_request")
public class UsageRequest {

    /** The longest form of the application's parts (characters before encryption). */
    public static final int MAX_PAYLOAD = 60_000;
    /** How long the link works. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = TextLimits.MAIL, updatable = false)
    private String mail;

    @Column(nullable = false, length = 8, updatable = false)
    private String locale;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "payload_enc", length = 240_100)
    private String payload;

    @Column(name = "document_name", length = TextLimits.NAME)
    private String documentName;

    @Column(name = "document_type", length = 32)
    private String documentType;

    @Basic(fetch = FetchType.LAZY)
    private byte[] document;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "application_id")
    private Long applicationId;

    protected UsageRequest() {
    }

    /** A new request and the secret of its link (only its hash is kept). */
    public record Issued(UsageRequest request, String secret) {
    }

    /** Stores a checked application's parts and its identity document, waiting for the link (24 hours). */
    public static Issued waiting(String mail, Locale locale, String payload, String documentName,
            String documentType, byte[] document, Instant now) {
        if (payload.length() > MAX_PAYLOAD) {
            throw RuleViolationException.of("persons", "usageRequestTooLong", "UA4");
        }
        UsageRequest request = new UsageRequest();
        String secret = TokenSecrets.newSecret(32);
        request.tokenHash = TokenSecrets.hash(secret);
        request.mail = Objects.requireNonNull(mail, "mail").strip();
        request.locale = locale == null ? "ja" : locale.getLanguage();
        request.payload = payload;
        request.documentName = TextLimits.cut(documentName, TextLimits.NAME);
        request.documentType = documentType;
        request.document = document.clone();
        request.createdAt = now;
        request.expiresAt = now.plus(LIFETIME);
        return request.issued(secret);
    }

    private Issued issued(String secret) {
        return new Issued(this, secret);
    }

    /** The hash a link's secret is looked up by. */
    public static String hash(String secret) {
        return TokenSecrets.hash(secret);
    }

    /** Whether the link still works: not confirmed and not expired. */
    public boolean isWaiting(Instant now) {
        return confirmedAt == null && now.isBefore(expiresAt);
    }

    /** The link was followed: the request became application {@code applicationId}; its contents are dropped. */
    public void confirmed(long applicationId, Instant now) {
        if (!isWaiting(now)) {
            throw RuleViolationException.of("token", "linkInvalid", null);
        }
        this.applicationId = applicationId;
        this.confirmedAt = now;
        this.payload = null;
        this.document = null;
        this.documentName = null;
        this.documentType = null;
    }

    public Long getId() {
        return id;
    }

    public String getMail() {
        return mail;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public String getPayload() {
        return payload;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getDocumentType() {
        return documentType;
    }

    public byte[] getDocument() {
        return document == null ? null : document.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }
}
