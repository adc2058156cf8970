package jp.ras.domain.model.audit;

/** What an audit entry records. Every state change names one of these. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT
}
