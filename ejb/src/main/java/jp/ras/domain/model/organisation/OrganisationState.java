package jp.ras.domain.model.organisation;

/** Lifecycle of an organisation's use of RAS (PR5, PR7). */
public enum OrganisationState {
    ACTIVE, SUSPENDED, DELETED
}
