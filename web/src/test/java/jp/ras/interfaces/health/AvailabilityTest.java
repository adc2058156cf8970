package jp.ras.interfaces.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AvailabilityTest {

    @Test
    @Timeout(30)
    @DisplayName("Issue 13, clean stop: readiness DOWN first while requests are still taken, then none, and the drain"
            + " waits for the request in flight")
    void drainsInOrder() throws Exception {
        Availability availability = new Availability();
        assertTrue(availability.enter());
        CompletableFuture<Integer> left = CompletableFuture.supplyAsync(() -> {
            try {
                return availability.drain(Duration.ofSeconds(1), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (availability.serving()) {
            Thread.onSpinWait();
        }
        assertTrue(availability.enter(), "during the notice a request is still taken");
        availability.leave();
        while (availability.enter()) {
            availability.leave();
            Thread.sleep(10);
        }
        assertFalse(left.isDone(), "the drain waits for the request in flight");
        availability.leave();
        assertEquals(0, left.get());
    }

    @Test
    @DisplayName("Issue 13, clean stop: the drain gives up after its bound and says how many requests were left")
    void drainIsBounded() throws Exception {
        Availability availability = new Availability();
        availability.enter();
        assertEquals(1, availability.drain(Duration.ZERO, Duration.ofMillis(100)));
    }
}
