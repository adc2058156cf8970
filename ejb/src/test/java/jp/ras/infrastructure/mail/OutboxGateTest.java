package jp.ras.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxGateTest {

    @Test
    @DisplayName("Mail outbox, clean stop (issue 13): once closed no sender starts, and a running one is waited for before the exit")
    void closedGateWaitsForTheRunningSender() throws Exception {
        OutboxGate gate = new OutboxGate();
        assertTrue(gate.enter());
        assertFalse(gate.closed());
        CountDownLatch closing = new CountDownLatch(1);
        Thread sender = new Thread(() -> {
            try {
                closing.await();
                Thread.sleep(200); // the mail being handed over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            gate.leave();
        });
        sender.start();
        closing.countDown();
        long start = System.nanoTime();
        assertTrue(gate.closeAndAwait(Duration.ofSeconds(5)), "the running sender finished");
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos(), "waited for the running sender");
        assertTrue(gate.closed());
        assertFalse(gate.enter(), "no sender starts once closed");
        sender.join();
    }

    @Test
    @DisplayName("Mail outbox, clean stop (issue 13): the wait is bounded when a sender does not finish")
    void waitIsBounded() throws Exception {
        OutboxGate gate = new OutboxGate();
        assertTrue(gate.enter());
        assertFalse(gate.closeAndAwait(Duration.ofMillis(100)));
    }
}
