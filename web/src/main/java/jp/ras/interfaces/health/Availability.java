package jp.ras.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this instance takes requests, and how many it is answering (issue 13, clean states). On SIGTERM
 * ({@link Shutdown}) readiness turns DOWN first while requests are still served, so a balancer stops sending any;
 * then new requests are answered 503 and those in flight finish, within a bound; then the server stops.
 */
@ApplicationScoped
public class Availability {

    enum State { SERVING, LEAVING, DRAINING }

    private volatile State state = State.SERVING;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Counts a request in; false (and nothing counted) once the instance is draining. */
    public boolean enter() {
        inFlight.incrementAndGet();
        if (state == State.DRAINING) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    public void leave() {
        inFlight.decrementAndGet();
    }

    /** Ready for readiness: false from the first step of a shutdown on. */
    public boolean serving() {
        return state == State.SERVING;
    }

    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Readiness DOWN, still serving for {@code notice} (a balancer's health checks see it and stop sending
     * requests), then no new request and at most {@code bound} for those in flight. Returns those left.
     */
    public int drain(Duration notice, Duration bound) throws InterruptedException {
        state = State.LEAVING;
        Thread.sleep(notice.toMillis());
        state = State.DRAINING;
        long deadline = System.nanoTime() + bound.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return inFlight.get();
    }
}
