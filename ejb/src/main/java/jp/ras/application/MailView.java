package jp.ras.application;

import java.io.Serializable;
import java.time.Instant;

/** One outbox mail as the supervisor's screen shows it (kept in a view-scoped bean, so Serializable). */
public record MailView(long id, String recipient, String template, String subject, String body, String status,
        int attempts, Instant createdAt, Instant sentAt, String lastError, boolean canBeSentAgain)
        implements Serializable {
}
