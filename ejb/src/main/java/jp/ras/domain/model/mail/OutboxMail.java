package jp.ras.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import jp.ras.domain.shared.Ids;

/**
 * A mail written in the same transaction as the state change it tells about (transactional outbox). A sender
 * delivers it later; until then it is visible to supervisors.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    /** Permanent refusals (SMTP 5xx for the recipient) after which a mail is given up on (issue 14). */
    public static final int MAX_REFUSALS = 5;

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 8, updatable = false)
    private String locale;

    @Column(nullable = false, length = 64, updatable = false)
    private String template;

    /** Template parameters as a JSON object. */
    @Column(nullable = false, length = 4000, updatable = false)
    private String params;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    /** Permanent refusals since the mail was queued or last sent again; transient failures do not count. */
    @Column(nullable = false)
    private int refusals;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    private long version;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, Locale locale, String template, String paramsJson, Instant now) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("recipient is required");
        }
        this.recipient = recipient.strip();
        this.locale = Objects.requireNonNull(locale, "locale").getLanguage();
        this.template = Objects.requireNonNull(template, "template");
        this.params = Objects.requireNonNull(paramsJson, "params");
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    public void markSent(Instant now) {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + id + " was already sent");
        }
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** A transient failure (4xx, the server down, the connection broken): retried with back-off, never given up. */
    public void markFailed(Instant now, String error, RetryPolicy policy) {
        requireNotFinished();
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }

    /**
     * The server refused the recipient permanently (5xx): retried like a transient failure, but after
     * {@link #MAX_REFUSALS} refusals the mail is {@link MailStatus#FAILED} and keeps the server's last answer.
     */
    public void markRefused(Instant now, String error, RetryPolicy policy) {
        markFailed(now, error, policy);
        refusals++;
        if (refusals >= MAX_REFUSALS) {
            status = MailStatus.FAILED;
        }
    }

    /** A supervisor's "send again": due now, with its count of attempts and refusals started afresh. */
    public void sendAgain(Instant now) {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + id + " was already sent");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        refusals = 0;
        nextAttemptAt = now;
    }

    public boolean canBeSentAgain() {
        return status != MailStatus.SENT;
    }

    private void requireNotFinished() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("mail " + id + " is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public String getTemplate() {
        return template;
    }

    public String getParams() {
        return params;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getRefusals() {
        return refusals;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
