package jp.ras.domain.model.account;

import java.time.Duration;

/** What a single-use mailed link is for, and how long it lasts. */
public enum TokenPurpose {
    /** First access: the approval mail's link to set the first password (72 h). */
    SET_PASSWORD(Duration.ofHours(72)),
    /** AC2: forgotten password, from the login page or the counter (1 h). */
    RESET_PASSWORD(Duration.ofHours(1)),
    /** AC1: confirms a new mail address (24 h). */
    CONFIRM_MAIL(Duration.ofHours(24));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
