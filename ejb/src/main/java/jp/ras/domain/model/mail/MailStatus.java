package jp.ras.domain.model.mail;

public enum MailStatus {
    /** Waiting to be sent (also after a failed attempt, until its next attempt is due). */
    PENDING,
    SENT,
    /** Refused permanently (5xx) {@link OutboxMail#MAX_REFUSALS} times: no longer sent unless sent again by hand. */
    FAILED
}
