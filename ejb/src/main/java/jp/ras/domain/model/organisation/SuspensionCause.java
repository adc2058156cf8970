package jp.ras.domain.model.organisation;

/**
 * Why an organisation's use is suspended. Only a suspension for expiry (PR5) is lifted by the daily sweep once the
 * approval is valid again; one an officer decided (PR7) stays until an officer resumes it or a periodic report is
 * approved.
 */
public enum SuspensionCause {
    /** PR5: the expiry date passed without an approved periodic report. */
    EXPIRY,
    /** PR7: an officer suspended use by hand. */
    OFFICER
}
