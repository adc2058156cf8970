package jp.ras.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import jp.ras.domain.shared.JapanTime;

/**
 * Test-only: replaces RAS's clock (a CDI alternative enabled for the whole application by its priority) with the
 * real time moved by an offset a test sets, so "the next Japan day" can come without waiting.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableClock {

    private static volatile Duration offset = Duration.ZERO;

    public static void moveBy(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Moved(JapanTime.ZONE);
    }

    /** The system clock plus the offset of the moment. */
    static final class Moved extends Clock {
        private final ZoneId zone;

        Moved(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moved(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
