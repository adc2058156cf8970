package jp.ras.application;

import java.time.Instant;

public record MailView(long id, String recipient, String subject, String body, String status, int attempts,
        Instant createdAt, Instant sentAt, String lastError) {
}
