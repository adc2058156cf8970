package jp.ras.domain.model.usage;

/** UA1: 新規利用申出 (the organisation's first) or 追加利用申出 (further staff or agents). */
public enum UsageApplicationKind {
    NEW, ADDITIONAL
}
