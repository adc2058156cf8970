package jp.ras.domain.model.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** B2, issue 19: a bulk filing's resumptions: shown at once, and kept on the completed filing. */
class BulkFilingTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    private static BulkFiling filing() {
        return new BulkFiling(1, "ORG0000001", Locale.JAPANESE, "a.xlsx", "EXTENSION", 200, true,
                "0".repeat(64), NOW);
    }

    @Test
    @DisplayName("B2: a user's 再開 makes an interrupted filing wait for its job at once (not 中断 until it begins),"
            + " and the completed filing keeps the trace")
    void b2_resumingShowsAtOnceAndIsKept() {
        BulkFiling bulk = filing();
        bulk.started(10, NOW);
        assertEquals(0, bulk.getResumptions(), "a first start is no resumption");
        bulk.ended(false, NOW);
        assertEquals(BulkFilingState.INTERRUPTED, bulk.getState());
        bulk.resuming(NOW.plusSeconds(60));
        assertEquals(BulkFilingState.QUEUED, bulk.getState());
        assertEquals(NOW.plusSeconds(60), bulk.getHeartbeatAt(), "the recovery leaves it to the job being started");
        bulk.started(11, NOW.plusSeconds(61));
        bulk.ended(true, NOW.plusSeconds(90));
        assertEquals(BulkFilingState.COMPLETED, bulk.getState());
        assertEquals(1, bulk.getResumptions(), "counted once: at the 再開, not again when the job began");
    }

    @Test
    @DisplayName("B2: a job started again without 再開 (a dead instance's filing, resumed by another) counts too; a"
            + " resumption that could not start is undone")
    void b2_otherResumptions() {
        BulkFiling bulk = filing();
        bulk.started(10, NOW);
        bulk.started(20, NOW.plusSeconds(300));
        assertEquals(1, bulk.getResumptions());
        bulk.ended(false, NOW);
        bulk.resuming(NOW);
        bulk.resumeFailed();
        assertEquals(BulkFilingState.INTERRUPTED, bulk.getState());
        assertEquals(1, bulk.getResumptions());
        assertThrows(IllegalStateException.class, () -> filing().resuming(NOW), "only an interrupted filing resumes");
    }

    @Test
    @DisplayName("B1: the upload's SHA-256 is 64 hex digits or none")
    void b1_sha256Shape() {
        assertThrows(IllegalArgumentException.class, () -> new BulkFiling(1, "ORG0000001", Locale.JAPANESE,
                "a.xlsx", "EXTENSION", 1, false, "not a hash", NOW));
    }
}
