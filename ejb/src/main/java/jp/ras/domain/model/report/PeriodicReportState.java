package jp.ras.domain.model.report;

public enum PeriodicReportState {
    FILED, APPROVED, DENIED
}
