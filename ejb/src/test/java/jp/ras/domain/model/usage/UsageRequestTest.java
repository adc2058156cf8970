package jp.ras.domain.model.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import jp.ras.domain.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private static final byte[] PDF = "%PDF-1.4 ...".getBytes();

    @Test
    @DisplayName("UA4 (issue 17): a waiting request keeps only the hash of its link's secret and lapses after 24 hours")
    void waitingRequestKeepsTheHashAndLapses() {
        UsageRequest.Issued issued = UsageRequest.waiting(" a@example.jp ", Locale.ENGLISH, "payload", "id.pdf",
                "application/pdf", PDF, NOW);
        UsageRequest request = issued.request();
        assertEquals("a@example.jp", request.getMail());
        assertEquals(Locale.ENGLISH, request.getLocale());
        assertNotEquals(issued.secret(), UsageRequest.hash(issued.secret()));
        assertTrue(issued.secret().length() >= 43, "32 random bytes in base64url");
        assertTrue(request.isWaiting(NOW.plusSeconds(24 * 3600 - 1)));
        assertFalse(request.isWaiting(NOW.plusSeconds(24 * 3600)));
        assertArrayEquals(PDF, request.getDocument());
    }

    @Test
    @DisplayName("UA4 (issue 17): confirming empties the request (parts and document) and works once")
    void confirmingEmptiesTheRequestOnce() {
        UsageRequest request = UsageRequest.waiting("a@example.jp", Locale.JAPANESE, "payload", "id.pdf",
                "application/pdf", PDF, NOW).request();
        request.confirmed(42L, NOW.plusSeconds(60));
        assertEquals(42L, request.getApplicationId());
        assertNull(request.getPayload());
        assertNull(request.getDocument());
        assertNull(request.getDocumentName());
        assertFalse(request.isWaiting(NOW.plusSeconds(61)));
        RuleViolationException again = assertThrows(RuleViolationException.class,
                () -> request.confirmed(43L, NOW.plusSeconds(62)));
        assertEquals("linkInvalid", again.violations().get(0).key());
    }

    @Test
    @DisplayName("UA4 (issue 17): a lapsed link confirms nothing")
    void lapsedLinkConfirmsNothing() {
        UsageRequest request = UsageRequest.waiting("a@example.jp", Locale.JAPANESE, "payload", "id.pdf",
                "application/pdf", PDF, NOW).request();
        assertThrows(RuleViolationException.class, () -> request.confirmed(42L, NOW.plusSeconds(24 * 3600)));
        assertEquals("payload", request.getPayload());
    }

    @Test
    @DisplayName("UA4 (issue 17): parts longer than the column holds are refused on the roster, not cut")
    void tooLongPayloadIsRefused() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> UsageRequest.waiting(
                "a@example.jp", Locale.JAPANESE, "x".repeat(UsageRequest.MAX_PAYLOAD + 1), "id.pdf",
                "application/pdf", PDF, NOW));
        assertEquals("persons", e.violations().get(0).field());
    }

    @Test
    @DisplayName("UA5 (issue 17): reference numbers are UA- and two groups of five (UA-7KQ2M-H9B4T), random, kept"
            + " once given, and typed back in any case")
    void referenceNumbers() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            UsageApplication application = newApplication();
            String reference = application.giveReferenceNumber();
            assertTrue(reference.matches("UA-[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}"), reference);
            assertEquals(reference, application.giveReferenceNumber());
            seen.add(reference);
            assertEquals(reference, UsageApplication.normaliseReference(" " + reference.toLowerCase(Locale.ROOT)));
        }
        assertEquals(1000, seen.size());
        assertNull(UsageApplication.normaliseReference("UA-1234"));
        assertNull(UsageApplication.normaliseReference(null));
    }

    private static UsageApplication newApplication() {
        try {
            var constructor = UsageApplication.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
