package jp.ras.domain.model.bulk;

/** Where a bulk filing (B1, B2) stands. */
public enum BulkFilingState {
    /** Uploaded and checked; its job has not begun. */
    QUEUED,
    /** Its job is filing rows. */
    RUNNING,
    /** Its job stopped or failed part-way; a restart goes on from the last checkpoint. */
    INTERRUPTED,
    /** Every row is filed or refused. */
    COMPLETED
}
