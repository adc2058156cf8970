package jp.ras.domain.model.application;

/** ST3: an officer withdraws the whole application or only its attached re-entry or activity application. */
public enum WithdrawnPart {
    WHOLE, RE_ENTRY, ACTIVITY
}
