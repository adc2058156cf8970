package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B2 at scale: 100 000 rows are pulled one at a time; the heap stays flat (surefire runs this with -Xmx384m). */
class BulkFileStreamingTest {

    static final int ROWS = 100_000;

    @TempDir
    static Path dir;

    static Path big;

    @BeforeAll
    static void generate() throws Exception {
        big = dir.resolve("big.xlsx");
        long start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(big)) {
            SheetLayout layout = new SheetLayout(workbook);
            Sheet sheet = layout.kindSheet(workbook, BulkKind.EXTENSION, false);
            layout.kindSheet(workbook, BulkKind.EXTENSION_WITH_PERMITS, false);
            SheetLayout.writeMarker(workbook, List.of());
            for (int i = 0; i < ROWS; i++) {
                Fixtures.fill(sheet, BulkKind.EXTENSION, List.of(Fixtures.extensionRow(i)), SheetLayout.HEADER_ROWS + i);
            }
            workbook.write(out);
        }
        System.out.printf("generated %d rows: %d bytes in %.1f s%n", ROWS, Files.size(big),
                (System.nanoTime() - start) / 1e9);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    @DisplayName("B2: a 100 000-row workbook is read row by row without the heap growing")
    void hundredThousandRows() throws Exception {
        long start = System.nanoTime();
        long afterFirst = 0;
        long peak = 0;
        int count = 0;
        BulkRow last = null;
        try (BulkFile bulk = BulkFile.open(big, BulkLimits.defaults())) {
            assertEquals(ROWS, bulk.rowCount());
            BulkRow row;
            while ((row = bulk.next()) != null) {
                count++;
                last = row;
                if (count == 10_000) {
                    afterFirst = usedAfterGc();
                } else if (count % 30_000 == 0) {
                    peak = Math.max(peak, usedAfterGc());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("read %d rows in %.1f s; heap after GC at row 10 000: %d MB, highest later: %d MB, max %d MB%n",
                count, seconds, afterFirst >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertEquals(ROWS, count);
        assertEquals(SheetLayout.HEADER_ROWS + ROWS, last.rowNumber());
        assertEquals(Fixtures.expected(Fixtures.extensionRow(ROWS - 1)), last.values());
        assertTrue(peak - afterFirst < 16L << 20,
                "the heap grew by " + ((peak - afterFirst) >> 20) + " MB while reading");
    }

    @Test
    @DisplayName("B2: a job's second partition reopens the file without counting it and skips to its first row")
    void partitionSkips() throws Exception {
        try (BulkFile bulk = BulkFile.reopen(big, BulkLimits.defaults().withMaxRows(10))) {
            assertEquals(-1, bulk.rowCount()); // the upload counted the rows against the limit; not again
            assertEquals(ROWS / 2, bulk.skip(ROWS / 2));
            BulkRow row = bulk.next();
            assertEquals(SheetLayout.HEADER_ROWS + ROWS / 2 + 1, row.rowNumber());
            assertEquals(Fixtures.expected(Fixtures.extensionRow(ROWS / 2)), row.values());
            assertEquals(ROWS / 2 - 1, bulk.skip(ROWS));
            assertNull(bulk.next());
        }
    }

    @Test
    @DisplayName("B2: a restarted job resumes with skipTo(n): row n comes next")
    void restart() throws Exception {
        try (BulkFile bulk = BulkFile.open(big, BulkLimits.defaults())) {
            assertEquals(3, bulk.next().rowNumber());
            bulk.skipTo(60_000);
            BulkRow row = bulk.next();
            assertEquals(60_000, row.rowNumber());
            assertEquals(Fixtures.expected(Fixtures.extensionRow(60_000 - 3)), row.values());
            assertEquals(60_001, bulk.next().rowNumber());
            assertThrows(IllegalStateException.class, () -> bulk.skipTo(60_001));
            bulk.skipTo(ROWS + 10);
            assertNull(bulk.next());
        }
    }

    @Test
    @DisplayName("B2: the row limit is the caller's: one row over it is refused before any row is read")
    void limit() {
        BulkFileException e = assertThrows(BulkFileException.class,
                () -> BulkFile.open(big, BulkLimits.defaults().withMaxRows(ROWS - 1)));
        assertEquals("tooManyRows", e.key());
        assertEquals(List.of(ROWS - 1), List.of(e.args()));
    }

    @Test
    @DisplayName("B2: skipTo a row in a gap gives the next filled row")
    void skipIntoGap() throws Exception {
        Path file = Fixtures.filled(dir, "gap.xlsx", Fixtures.template(), BulkKind.EXTENSION,
                List.<Map<String, Object>>of(Fixtures.extensionRow(1), Map.of(), Map.of(), Fixtures.extensionRow(4)));
        try (BulkFile bulk = BulkFile.open(file, BulkLimits.defaults())) {
            bulk.skipTo(4);
            assertEquals(6, bulk.next().rowNumber());
        }
    }
}
