package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets the outbox senders stop cleanly when the instance stops (issue 13, clean states). Once closed, no sender
 * starts and a running one stops before its next mail, committing the SENT marks of those it handed over; the rest of
 * its batch stays due for the other instances. Without it the JVM exited in the middle of a batch, and every mail
 * already handed to the SMTP server was sent again (measured: 181 repeats in one rolling restart).
 */
@ApplicationScoped
public class OutboxGate {

    private volatile boolean closed;
    private final AtomicInteger active = new AtomicInteger();

    /** Counts a sender in; false (nothing counted) once closed. */
    boolean enter() {
        active.incrementAndGet();
        if (closed) {
            active.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        active.decrementAndGet();
    }

    /** Whether senders should stop before their next mail. */
    boolean closed() {
        return closed;
    }

    /** Closes the gate; no sender starts from now on. */
    public void close() {
        closed = true;
    }

    /** Closes the gate and waits, at most {@code bound}, for the running senders to commit; true when none is left. */
    public boolean closeAndAwait(Duration bound) throws InterruptedException {
        close();
        long deadline = System.nanoTime() + bound.toNanos();
        while (active.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return active.get() == 0;
    }
}
