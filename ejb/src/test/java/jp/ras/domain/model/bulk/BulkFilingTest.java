package jp.ras.domain.model.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** B2 (issue 19): how a bulk filing's job ends, and when RAS restarts it by itself. */
class BulkFilingTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static BulkFiling running() {
        BulkFiling bulk = new BulkFiling(1, "USER0001", Locale.JAPANESE, "staff.xlsx", "EXTENSION", 200, true, NOW);
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
