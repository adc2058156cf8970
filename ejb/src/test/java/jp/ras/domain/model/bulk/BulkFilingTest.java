package jp.ras.domain.model.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** B1, B2 (issue 19): how a bulk filing's job ends, when RAS restarts it by itself, and its resumptions. */
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
        bulk.ended(false, true, false, NOW); // stopped: no automatic restart
        assertEquals(BulkFilingState.INTERRUPTED, bulk.getState());
        bulk.resuming(NOW.plusSeconds(60));
        assertEquals(BulkFilingState.QUEUED, bulk.getState());
        assertEquals(NOW.plusSeconds(60), bulk.getHeartbeatAt(), "the recovery leaves it to the job being started");
        bulk.started(11, NOW.plusSeconds(61));
        bulk.ended(true, false, false, NOW.plusSeconds(90));
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
        bulk.ended(false, true, false, NOW); // stopped: no automatic restart
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

    private static BulkFiling running() {
        BulkFiling bulk = filing();
        bulk.started(11, NOW);
        return bulk;
    }

    @Test
    @DisplayName("B2: a failed job is queued again for RAS's own restart three times in a row, then interrupted with"
            + " its reason for a person; a person's restart gives three more")
    void b2_failureRestartedByItselfThreeTimes() {
        BulkFiling bulk = running();
        for (int i = 1; i <= BulkFiling.MAX_AUTOMATIC_RESTARTS; i++) {
            assertTrue(bulk.ended(false, false, false, NOW), "automatic restart " + i);
            assertEquals(BulkFilingState.QUEUED, bulk.getState());
            assertEquals(BulkFilingInterruption.FAILURE, bulk.getInterruption());
            bulk.started(11 + i, NOW);
            assertNull(bulk.getInterruption(), "running again");
        }
        assertFalse(bulk.ended(false, false, false, NOW), "the fourth failure waits for a person");
        assertEquals(BulkFilingState.INTERRUPTED, bulk.getState());
        assertEquals(BulkFilingInterruption.FAILURE, bulk.getInterruption());

        bulk.started(20, NOW); // a person's 再開
        assertTrue(bulk.ended(false, false, false, NOW));
        assertEquals(1, bulk.getAutomaticRestarts());
    }

    @Test
    @DisplayName("B2: a stop on purpose and files that cannot be read are never retried by RAS; they say why")
    void b2_stoppedOrUnreadableWaitForAPerson() {
        BulkFiling stopped = running();
        assertFalse(stopped.ended(false, true, false, NOW));
        assertEquals(BulkFilingState.INTERRUPTED, stopped.getState());
        assertEquals(BulkFilingInterruption.STOPPED, stopped.getInterruption());

        BulkFiling unreadable = running();
        assertFalse(unreadable.ended(false, false, true, NOW));
        assertEquals(BulkFilingState.INTERRUPTED, unreadable.getState());
        assertEquals(BulkFilingInterruption.FILES, unreadable.getInterruption());
        assertEquals(0, unreadable.getAutomaticRestarts());
    }

    @Test
    @DisplayName("B2: a job that recorded every row completes, with no reason left from an earlier interruption")
    void b2_completedKeepsNoReason() {
        BulkFiling bulk = running();
        assertTrue(bulk.ended(false, false, false, NOW));
        bulk.started(12, NOW);
        assertFalse(bulk.ended(true, false, false, NOW));
        assertEquals(BulkFilingState.COMPLETED, bulk.getState());
        assertNull(bulk.getInterruption());
        assertEquals(NOW, bulk.getFinishedAt());
    }
}
