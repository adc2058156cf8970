package jp.ras.domain.model.usage;

public enum UsageApplicationState {
    RECEIVED, APPROVED, DENIED
}
