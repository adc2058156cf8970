package jp.ras.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void delaysDoubleFromTheBase() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
    }

    @Test
    void delaysStopAtTheCapAndNeverOverflow() {
        assertEquals(Duration.ofHours(1), policy.delayAfter(8));
        assertEquals(Duration.ofHours(1), policy.delayAfter(10_000));
    }

    @Test
    void rejectsACapBelowTheBase() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }
}
