package jp.ras.domain.model.application;

/** RC1: how the new residence card is received. */
public enum ReceiptMethod {
    POST, COUNTER
}
