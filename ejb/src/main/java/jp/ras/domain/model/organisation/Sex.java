package jp.ras.domain.model.organisation;

/** Sex as the residence card shows it. */
public enum Sex {
    MALE, FEMALE
}
