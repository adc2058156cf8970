package jp.ras.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which refusals count towards giving a mail up (issue 14): only a server's 5xx for the recipient. */
class RefusalTest {

    private static SendFailedException refused(String... replies) {
        MessagingException chain = null;
        for (int i = replies.length - 1; i >= 0; i--) {
            chain = new MessagingException(replies[i], chain);
        }
        return new SendFailedException("Invalid Addresses", chain);
    }

    @Test
    @DisplayName("A 550 for the recipient is permanent, and its reply line is the answer kept")
    void a5xxIsPermanent() {
        SendFailedException e = refused("550 5.1.1 User unknown\n");
        assertTrue(OutboxDispatcher.isPermanent(e));
        assertEquals("550 5.1.1 User unknown", OutboxDispatcher.answer(e));
    }

    @Test
    @DisplayName("A 4xx (greylisting, mailbox busy) is transient, also beside a 5xx")
    void a4xxIsTransient() {
        assertFalse(OutboxDispatcher.isPermanent(refused("450 4.2.0 Mailbox busy")));
        assertFalse(OutboxDispatcher.isPermanent(refused("550 5.1.1 User unknown", "451 4.3.0 Try again")));
    }

    @Test
    @DisplayName("A refusal without a server reply (no code) is transient: never given up on")
    void noReplyIsTransient() {
        assertFalse(OutboxDispatcher.isPermanent(new SendFailedException("Invalid Addresses")));
        assertFalse(OutboxDispatcher.isPermanent(refused("Connection reset")));
    }
}
