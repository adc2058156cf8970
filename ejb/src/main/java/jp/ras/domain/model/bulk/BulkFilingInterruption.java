package jp.ras.domain.model.bulk;

/**
 * B2 (issue 19): why a bulk filing's job ended before every row was recorded, as its users are told. Only a
 * {@link #FAILURE} is restarted by RAS itself ({@link BulkFiling#MAX_AUTOMATIC_RESTARTS} times); the others wait
 * for a person's restart.
 */
public enum BulkFilingInterruption {
    /** A failure in the server (the database, reading a file, a fault): transient, so retried by itself. */
    FAILURE,
    /** Stopped on purpose (a supervisor's stop, the server shutting down): a person decides when it goes on. */
    STOPPED,
    /** The uploaded files can no longer be opened as they were checked: a retry would fail the same way. */
    FILES
}
