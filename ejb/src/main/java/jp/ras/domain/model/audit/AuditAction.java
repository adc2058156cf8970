package jp.ras.domain.model.audit;

/** What an audit entry records. Every state change names one of these. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT,
    USAGE_RECEIVED,
    USAGE_APPROVED,
    USAGE_DENIED,
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
    /** AP12: a login from an address outside Japan was refused before the password was checked. */
    ACCESS_REFUSED_ABROAD
}
