package jp.ras.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));

    private OutboxMail mail() {
        return new OutboxMail("user@example.jp", Locale.ENGLISH, "account-unlocked", "{}", T0);
    }

    @Test

    @DisplayName("Mail outbox (issue 14): a new mail is due at once")
    void aNewMailIsDueAtOnce() {
        assertTrue(mail().isDue(T0));
    }

    @Test

    @DisplayName("Mail outbox (issue 14): a failed attempt waits for its back-off")
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

    @DisplayName("Mail outbox (issue 14): a sent mail is never due and cannot be sent again")
    void aSentMailIsNeverDueAndCannotBeSentAgain() {
        OutboxMail mail = mail();
        mail.markSent(T0);
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertFalse(mail.isDue(T0.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> mail.markSent(T0));
        assertThrows(IllegalStateException.class, () -> mail.markFailed(T0, "x", policy));
    }

    @Test

    @DisplayName("Mail outbox (issue 14): a mail needs a recipient")
    void aRecipientIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail(" ", Locale.JAPANESE, "t", "{}", T0));
    }

    @Test

    @DisplayName("Mail outbox (issue 14): a recipient refused permanently fails after five refusals, keeping the server's answer")
    void issue14_aRecipientRefusedPermanentlyFailsAfterFiveRefusalsKeepingTheServersAnswer() {
        OutboxMail mail = mail();
        Instant t = T0;
        for (int i = 1; i < OutboxMail.MAX_REFUSALS; i++) {
            mail.markRefused(t, "550 5.1.1 unknown user", policy);
            assertEquals(MailStatus.PENDING, mail.getStatus(), "still retried after refusal " + i);
            t = mail.getNextAttemptAt();
            assertTrue(mail.isDue(t));
        }
        mail.markRefused(t, "550 5.1.1 unknown user", policy);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals("550 5.1.1 unknown user", mail.getLastError());
        assertFalse(mail.isDue(t.plus(Duration.ofDays(365))));
        assertThrows(IllegalStateException.class, () -> mail.markFailed(T0, "x", policy));
    }

    @Test

    @DisplayName("Mail outbox (issue 14): transient failures are retried for ever and do not count as refusals")
    void issue14_transientFailuresAreRetriedForeverAndDoNotCountAsRefusals() {
        OutboxMail mail = mail();
        Instant t = T0;
        for (int i = 0; i < 50; i++) {
            mail.markFailed(t, "421 try again later", policy);
            t = mail.getNextAttemptAt();
        }
        mail.markRefused(t, "550 unknown user", policy);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertTrue(mail.isDue(mail.getNextAttemptAt()));
        assertEquals(1, mail.getRefusals());
    }

    @Test

    @DisplayName("Mail outbox (issue 14): sending again makes a failed mail due now, its counts started afresh")
    void issue14_sendAgainMakesAFailedMailDueNowWithItsCountsStartedAfresh() {
        OutboxMail mail = mail();
        for (int i = 0; i < OutboxMail.MAX_REFUSALS; i++) {
            mail.markRefused(T0, "550 unknown user", policy);
        }
        Instant later = T0.plus(Duration.ofDays(2));
        mail.sendAgain(later);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertEquals(0, mail.getRefusals());
        assertTrue(mail.isDue(later));
        mail.markSent(later);
        assertThrows(IllegalStateException.class, () -> mail.sendAgain(later));
    }
}
