package jp.ras.domain.model.audit;

/** What an audit entry records. Every state change names one of these. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT,
    API_TOKEN_ISSUED,
    API_TOKEN_REVOKED,
    USAGE_RECEIVED,
    USAGE_APPROVED,
    USAGE_DENIED,
    /** Issue 17: a usage application sent online, waiting for its mail to be confirmed (counted per address). */
    USAGE_REQUESTED,
    /** Issue 17: online requests whose link lapsed, deleted. */
    USAGE_REQUESTS_PURGED,
    PASSWORD_SET,
    PASSWORD_CHANGED,
    PASSWORD_RESET_SENT,
    MAIL_CHANGE_REQUESTED,
    MAIL_CHANGED,
    TERMS_ACCEPTED,
    USER_DELETED,
    ORGANISATION_CHANGED,
    ORGANISATION_SUSPENDED,
    ORGANISATION_RESUMED,
    ORGANISATION_DELETED,
    ROSTER_ADDED,
    ROSTER_REMOVED,
    REPORT_FILED,
    REPORT_APPROVED,
    REPORT_DENIED,
    APPLICATION_FILED,
    RECEIPT_NUMBER_GIVEN,
    RECEIPT_METHOD_CHANGED,
    REVIEW_STARTED,
    APPLICATION_ASSIGNED,
    DOCUMENTS_REQUESTED,
    REVIEW_RESUMED,
    APPLICATION_DECIDED,
    APPLICATION_WITHDRAWN,
    CARD_READY,
    CARD_HANDED_OVER,
    DOCUMENT_UPLOADED,
    BATCH_JOB_STARTED,
    BATCH_JOB_RESTARTED,
    BULK_FILING_UPLOADED,
    /** AP12: a login from an address outside Japan was refused before the password was checked. */
    ACCESS_REFUSED_ABROAD,
    /** Issue 14: a supervisor made a pending or failed outbox mail due again. */
    MAIL_SENT_AGAIN,
    ELIGIBILITY_CHANGED,
    /** Issue 18: the audit chain was verified (by a supervisor or the daily job); the detail gives the result. */
    AUDIT_CHAIN_VERIFIED,
    /** Issue 18: a supervisor exported audit entries as CSV; the detail gives the search. */
    AUDIT_EXPORTED,
    /** Issue 15: an officer exported the applications' queue as CSV (personal data); the detail gives the filter. */
    QUEUE_EXPORTED,
    /** Issue 18: the password of an account with a second factor was right; the login waits for the code. */
    LOGIN_PASSWORD_ACCEPTED,
    /** Issue 18: the user enrolled a second factor (TOTP) and received ten recovery codes. */
    SECOND_FACTOR_ENROLLED,
    /** Issue 18: a recovery code stood in for a TOTP code at a login (it cannot be used again). */
    RECOVERY_CODE_USED,
    /** Issue 18: a supervisor reset a user's second factor. */
    SECOND_FACTOR_RESET,
    /**
     * Issue 17: someone looked up an application's status with its number and a date of birth (no login); the
     * target is the number as given, the detail {@code found} or {@code not found} (never the date of birth).
     */
    CASE_STATUS_LOOKUP,
    /** Issue 17: a status look-up was refused (429) for too many look-ups; the detail says which limit. */
    CASE_STATUS_THROTTLED
}
