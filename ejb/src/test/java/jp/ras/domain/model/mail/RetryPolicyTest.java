package jp.ras.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test

    @DisplayName("Mail outbox (issue 14): retry delays double from the base")
    void delaysDoubleFromTheBase() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
    }

    @Test

    @DisplayName("Mail outbox (issue 14): retry delays stop at the cap and never overflow")
    void delaysStopAtTheCapAndNeverOverflow() {
        assertEquals(Duration.ofHours(1), policy.delayAfter(8));
        assertEquals(Duration.ofHours(1), policy.delayAfter(10_000));
    }

    @Test

    @DisplayName("Mail outbox (issue 14): a cap below the base is refused")
    void rejectsACapBelowTheBase() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }
}
