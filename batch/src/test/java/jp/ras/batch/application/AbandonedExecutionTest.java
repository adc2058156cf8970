package jp.ras.batch.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AbandonedExecutionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    @Test
    @DisplayName("B2 shared job repository: a started execution silent for two hours is its dead server's, not running")
    void silentStartedExecutionIsAbandoned() {
        Instant staleBefore = NOW.minus(BatchJobs.ABANDONED_AFTER);
        assertTrue(BatchJobs.abandoned(execution(BatchStatus.STARTED, NOW.minusSeconds(3 * 3600)), staleBefore));
        assertFalse(BatchJobs.abandoned(execution(BatchStatus.STARTED, NOW.minusSeconds(600)), staleBefore),
                "a recent one may be running on another instance");
        assertFalse(BatchJobs.abandoned(execution(BatchStatus.COMPLETED, NOW.minusSeconds(3 * 3600)), staleBefore),
                "an ended one is not active at all");
    }

    private static JobExecution execution(BatchStatus status, Instant lastUpdated) {
        return new JobExecution() {
            @Override public long getExecutionId() { return 1; }
            @Override public String getJobName() { return BatchJobs.SWEEP; }
            @Override public BatchStatus getBatchStatus() { return status; }
            @Override public Date getStartTime() { return Date.from(lastUpdated); }
            @Override public Date getEndTime() { return null; }
            @Override public String getExitStatus() { return null; }
            @Override public Date getCreateTime() { return Date.from(lastUpdated); }
            @Override public Date getLastUpdatedTime() { return Date.from(lastUpdated); }
            @Override public Properties getJobParameters() { return new Properties(); }
        };
    }
}
