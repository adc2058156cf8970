package jp.ras.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    @Test
    @DisplayName("B3: a draft lasts 30 days from its last change; each save starts the 30 days again")
    void b3_expiry() {
        Draft draft = new Draft("ORG0000001", "application", "{\"reason\":\"継続\"}", NOW);
        assertFalse(draft.isExpired(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertTrue(draft.isExpired(NOW.plus(Duration.ofDays(30))));
        draft.update("{\"reason\":\"継続して就労\"}", NOW.plus(Duration.ofDays(29)));
        assertFalse(draft.isExpired(NOW.plus(Duration.ofDays(40))));
    }

    @Test
    @DisplayName("B3: a draft has content, within its size")
    void b3_content() {
        assertThrows(IllegalArgumentException.class, () -> new Draft("ORG0000001", "application", null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new Draft("ORG0000001", "application", "x".repeat(Draft.MAX_CONTENT + 1), NOW));
    }
}
