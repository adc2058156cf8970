package jp.ras.domain.model.organisation;

/** What the daily sweep did to one organisation (PR5). */
public enum SweepOutcome {
    SUSPENDED, RESUMED, UNCHANGED
}
