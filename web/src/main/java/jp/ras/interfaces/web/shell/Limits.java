package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.ras.domain.shared.TextLimits;

/**
 * Security 3: the screens' {@code maxlength} of every free text, as {@code #{limits.name}}: the domain's own
 * limits ({@link TextLimits}), so a screen never lets through what the domain refuses nor refuses what it takes.
 */
@Named("limits")
@ApplicationScoped
public class Limits {

    public int getAuthId() {
        return TextLimits.AUTH_ID;
    }

    public int getName() {
        return TextLimits.NAME;
    }

    public int getAddress() {
        return TextLimits.ADDRESS;
    }

    public int getMail() {
        return TextLimits.MAIL;
    }

    public int getPhone() {
        return TextLimits.PHONE;
    }

    public int getStatusOfResidence() {
        return TextLimits.STATUS_OF_RESIDENCE;
    }

    public int getPeriod() {
        return TextLimits.PERIOD;
    }

    public int getLongText() {
        return TextLimits.LONG_TEXT;
    }

    public int getTokenName() {
        return TextLimits.TOKEN_NAME;
    }

    /** Issue 18: the audit trail's target, searched by part. */
    public int getAuditTarget() {
        return jp.ras.domain.model.audit.AuditEntry.TARGET;
    }

    /** An IP address as text: the longest IPv6 form. */
    public int getIpAddress() {
        return 45;
    }
}
