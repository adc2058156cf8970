package jp.ras.domain.model.account;

public enum AccountStatus {
    ACTIVE, DELETED
}
