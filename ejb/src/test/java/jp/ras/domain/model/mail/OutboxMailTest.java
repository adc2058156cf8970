package jp.ras.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));

    private OutboxMail mail() {
        return new OutboxMail("user@example.jp", Locale.ENGLISH, "account-unlocked", "{}", T0);
    }

    @Test
    void aNewMailIsDueAtOnce() {
        assertTrue(mail().isDue(T0));
    }

    @Test
    void aFailedAttemptWaitsForItsBackOff() {
        OutboxMail mail = mail();
        mail.markFailed(T0, "connection refused", policy);
        assertEquals(1, mail.getAttempts());
        assertFalse(mail.isDue(T0.plusSeconds(29)));
        assertTrue(mail.isDue(T0.plusSeconds(30)));
        mail.markFailed(T0.plusSeconds(30), "connection refused", policy);
        assertFalse(mail.isDue(T0.plusSeconds(89)));
        assertTrue(mail.isDue(T0.plusSeconds(90)));
    }

    @Test
    void aSentMailIsNeverDueAndCannotBeSentAgain() {
        OutboxMail mail = mail();
        mail.markSent(T0);
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertFalse(mail.isDue(T0.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> mail.markSent(T0));
        assertThrows(IllegalStateException.class, () -> mail.markFailed(T0, "x", policy));
    }

    @Test
    void aRecipientIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail(" ", Locale.JAPANESE, "t", "{}", T0));
    }
}
