package jp.ras.domain.model.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BulkFilingRowTest {

    private static final String CELLS = "{\"cardNumber\":\"AB12345678CD\",\"nameRoman\":\"TEST APPLICANT\"}";

    private static BulkFilingRow refused(Violation... violations) {
        return BulkFilingRow.refused(7, 5, List.of(violations), CELLS);
    }

    @Test
    @DisplayName("B1, AP8: a row refused for its photo only (missing, or breaking AP8) is awaiting a photo")
    void b1_ap8_photoOnlyIsAwaiting() {
        assertTrue(refused(Violation.of("photo", "photoMissing", "AP8")).isAwaitingPhoto());
        assertTrue(refused(Violation.of("photo", "photoTooSmall", "AP8"), Violation.of("photo", "photoRatio", "AP8"))
                .isAwaitingPhoto());
        assertFalse(refused(Violation.of("photo", "photoMissing", "AP8"), Violation.of("reason", "required", "AP5"))
                .isAwaitingPhoto(), "another broken rule: the user must send the row again");
        assertFalse(refused(Violation.of("nameRoman", "rosterMismatch", "AP2")).isAwaitingPhoto());
        assertFalse(refused(Violation.of("row", "rowFailed", "B2")).isAwaitingPhoto());
        assertFalse(BulkFilingRow.filed(7, 5, 42).isAwaitingPhoto());
        assertFalse(BulkFilingRow.refused(7, 5, List.of(Violation.of("photo", "photoMissing", "AP8")),
                "x".repeat(BulkFilingRow.MAX_TEXT + 1)).isAwaitingPhoto(), "cells too long to keep: nothing to file");
    }

    @Test
    @DisplayName("B1, B2, AP8: a row awaiting a photo turns from refused to filed once, and then keeps no errors or"
            + " cells")
    void b1_b2_ap8_filedAfterwardsOnce() {
        BulkFilingRow row = refused(Violation.of("photo", "photoMissing", "AP8"));
        assertFalse(row.isFiled());

        row.filedAfterwards(42);

        assertTrue(row.isFiled());
        assertEquals(42L, row.getApplicationId());
        assertFalse(row.isAwaitingPhoto());
        assertTrue(row.violationList().isEmpty(), "no longer in the error workbook's errors");
        assertNull(row.getCells(), "a filed row keeps no personal data");
        assertThrows(IllegalStateException.class, () -> row.filedAfterwards(43), "never twice");
        assertEquals(42L, row.getApplicationId());
    }

    @Test
    @DisplayName("B1, B2: a row refused for another rule, or filed by the job, cannot be filed afterwards")
    void b1_b2_otherRowsNeverFiledAfterwards() {
        BulkFilingRow mismatch = refused(Violation.of("photo", "photoMissing", "AP8"),
                Violation.of("nameRoman", "rosterMismatch", "AP2"));
        assertThrows(IllegalStateException.class, () -> mismatch.filedAfterwards(42));
        assertFalse(mismatch.isFiled());
        BulkFilingRow filed = BulkFilingRow.filed(7, 6, 41);
        assertThrows(IllegalStateException.class, () -> filed.filedAfterwards(42));
        assertEquals(41L, filed.getApplicationId());
    }
}
