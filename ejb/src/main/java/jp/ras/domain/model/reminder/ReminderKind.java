package jp.ras.domain.model.reminder;

/** The reminder mails RAS sends once per account and milestone (PR2, AC5). */
public enum ReminderKind {
    /** PR2: the periodic report, two months before the organisation's expiry; milestone = that expiry date. */
    REPORT,
    /** AC5: the password expires in 30 days; milestone = the password's expiry date. */
    PASSWORD_30,
    /** AC5: the password expires in 7 days; milestone = the password's expiry date. */
    PASSWORD_7
}
