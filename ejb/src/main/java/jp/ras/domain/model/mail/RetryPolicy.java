package jp.ras.domain.model.mail;

import java.time.Duration;

/** Back-off between delivery attempts: base, 2×base, 4×base … capped. A mail is never given up on. */
public record RetryPolicy(Duration base, Duration cap) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= cap");
        }
    }

    /** Delay before the next attempt after {@code failedAttempts} failures (1 = the first one failed). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
