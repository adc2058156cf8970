package jp.ras.domain.model.application;

/** RC4: who received the card at the counter (Q58). */
public enum CardReceiver {
    APPLICANT, LEGAL_REPRESENTATIVE, USER
}
