package jp.ras.application;

import jakarta.ejb.ApplicationException;

/** Issue 17: a client address sent too many usage applications online; it may again after {@link #retryAfter()}. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super("too many usage requests from this address; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the earliest counted request leaves the window. */
    public long retryAfter() {
        return retryAfterSeconds;
    }
}
