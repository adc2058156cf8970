package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.ras.domain.shared.Violation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B2: refused rows come back by row and column, in a workbook the user corrects and uploads again. */
class ErrorWorkbookTest {

    @TempDir
    Path dir;

    private static final Function<Violation, String> MESSAGES = v -> switch (v.key()) {
        case "required" -> "入力してください。";
        case "date" -> "日付は yyyy-mm-dd の形で入力してください。";
        case "postWithPermission" -> "再入国許可などと同時に申請するときは郵送で受け取れません。";
        case "windowExpired" -> "在留期間が満了しています。";
        case "photoMissing" -> "顔写真を添付してください。";
        default -> v.key();
    };

    private static Map<String, String> values(BulkKind kind, Map<String, Object> row) {
        Map<String, String> values = new LinkedHashMap<>();
        kind.columns().forEach(c -> values.put(c.key(), String.valueOf(row.getOrDefault(c.key(), ""))));
        return values;
    }

    private static List<RefusedRow> refused() {
        BulkKind kind = BulkKind.EXTENSION_WITH_PERMITS;
        Map<String, String> first = values(kind, Fixtures.permitsRow(1));
        first.put(BulkColumn.RECEIPT_METHOD, "郵送");
        Map<String, String> second = values(kind, Fixtures.permitsRow(2));
        second.put(BulkColumn.STAY_EXPIRY, "2027/02/30");
        second.put(BulkColumn.REASON, "");
        Map<String, String> third = values(kind, Fixtures.permitsRow(3));
        return List.of(
                new RefusedRow(3, first, List.of(Violation.of("receiptMethod", "postWithPermission", "RC2"))),
                new RefusedRow(5, second, List.of(Violation.of("stayExpiry", "date"),
                        Violation.of("reason", "required"))),
                new RefusedRow(9, third, List.of(Violation.of("person", "windowExpired", "AP6"),
                        Violation.of("person", "statusNotEligible", "AP2"),
                        Violation.of("person", "undecidedApplication:20261126-0000001", "AP13"),
                        Violation.of("photo", "photoMissing", "AP8"))));
    }

    @Test
    @DisplayName("B2: error columns per field with messages (no rule ids), original values and row numbers, the marker")
    void writtenAndReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulkKind kind = BulkKind.EXTENSION_WITH_PERMITS;
        ErrorWorkbook.write(out, kind, Locale.JAPANESE, refused(), MESSAGES);
        Path file = Files.write(dir.resolve("errors.xlsx"), out.toByteArray());
        List<BulkColumn> columns = kind.columns();
        int n = columns.size();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals(kind.sheetName(), workbook.getSheetName(0));
            assertEquals(0, workbook.getActiveSheetIndex());
            assertEquals(SheetVisibility.VERY_HIDDEN,
                    workbook.getSheetVisibility(workbook.getSheetIndex(SheetLayout.MARKER_SHEET)));
            assertEquals(BulkTemplate.VERSION, workbook.getSheet(SheetLayout.MARKER_SHEET).getRow(0).getCell(1)
                    .getStringCellValue());
            assertTrue(workbook.getSheet(ErrorWorkbook.NOTE_SHEET).getRow(1).getCell(0).getStringCellValue()
                    .contains("色の付いたセル"), "the note in the user's language");
            XSSFSheet sheet = workbook.getSheet(kind.sheetName());
            assertEquals("元の行番号", sheet.getRow(0).getCell(n).getStringCellValue());
            assertEquals("Original row", sheet.getRow(1).getCell(n).getStringCellValue());
            assertEquals("Errors (general)", sheet.getRow(1).getCell(n + 1).getStringCellValue());
            for (int i = 0; i < n; i++) {
                assertEquals(columns.get(i).headerJa(), sheet.getRow(0).getCell(i).getStringCellValue());
                assertEquals(columns.get(i).headerEn(), sheet.getRow(1).getCell(i).getStringCellValue());
                assertEquals("エラー：" + columns.get(i).headerJa(), sheet.getRow(0).getCell(n + 2 + i)
                        .getStringCellValue());
                assertEquals("Error: " + columns.get(i).headerEn(), sheet.getRow(1).getCell(n + 2 + i)
                        .getStringCellValue());
            }
            assertTrue(sheet.getDataValidations().size() >= 5, "the template's drop-downs");
            int receipt = index(kind, BulkColumn.RECEIPT_METHOD);
            int expiry = index(kind, BulkColumn.STAY_EXPIRY);
            int reason = index(kind, BulkColumn.REASON);

            Row first = sheet.getRow(2);
            assertEquals(3, (int) first.getCell(n).getNumericCellValue());
            assertEquals("郵送", first.getCell(receipt).getStringCellValue());
            assertEquals(FillPatternType.SOLID_FOREGROUND, first.getCell(receipt).getCellStyle().getFillPattern());
            assertEquals(FillPatternType.NO_FILL, first.getCell(0).getCellStyle().getFillPattern());
            assertEquals("再入国許可などと同時に申請するときは郵送で受け取れません。",
                    first.getCell(n + 2 + receipt).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(expiry).getCellType(), "an ISO date is written as a date");
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(expiry)));
            assertEquals(Fixtures.permitsRow(1).get(BulkColumn.STAY_EXPIRY),
                    first.getCell(expiry).getLocalDateTimeCellValue().toLocalDate());

            Row second = sheet.getRow(3);
            assertEquals(5, (int) second.getCell(n).getNumericCellValue());
            assertEquals("2027/02/30", second.getCell(expiry).getStringCellValue(), "kept as typed");
            assertEquals(FillPatternType.SOLID_FOREGROUND, second.getCell(expiry).getCellStyle().getFillPattern());
            assertEquals("日付は yyyy-mm-dd の形で入力してください。", second.getCell(n + 2 + expiry).getStringCellValue());
            assertEquals("入力してください。", second.getCell(n + 2 + reason).getStringCellValue());
            assertNull(second.getCell(n + 1), "no general error");

            Row third = sheet.getRow(4);
            assertEquals(9, (int) third.getCell(n).getNumericCellValue());
            assertEquals("顔写真を添付してください。", third.getCell(n + 1).getStringCellValue(),
                    "only the photo stays general");
            // issue 19: the rules the domain reports on the person mark the cell of the person they are about
            int status = index(kind, BulkColumn.STATUS_OF_RESIDENCE);
            int card = index(kind, BulkColumn.CARD_NUMBER);
            assertEquals("在留期間が満了しています。", third.getCell(n + 2 + expiry).getStringCellValue());
            assertEquals("statusNotEligible", third.getCell(n + 2 + status).getStringCellValue());
            assertEquals("undecidedApplication:20261126-0000001",
                    third.getCell(n + 2 + card).getStringCellValue());
            for (int marked : List.of(expiry, status, card)) {
                assertEquals(FillPatternType.SOLID_FOREGROUND, third.getCell(marked).getCellStyle().getFillPattern());
            }
            for (int i = 0; i < n; i++) {
                if (i != expiry && i != status && i != card) {
                    Cell error = third.getCell(n + 2 + i);
                    assertNull(error, "no field error on column " + i);
                }
            }
        }
        // corrected and uploaded again, it is a bulk file of its kind: the extra columns are not read
        List<BulkRow> again = Fixtures.readAll(file, BulkLimits.defaults());
        assertEquals(List.of(3, 4, 5), again.stream().map(BulkRow::rowNumber).toList());
        assertEquals(refused().get(1).values(), again.get(1).values());
        assertEquals(Fixtures.expected(Fixtures.permitsRow(3)), again.get(2).values());
    }

    private static int index(BulkKind kind, String key) {
        List<BulkColumn> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    @Test
    @DisplayName("B2: 100 000 refused rows stream out with SXSSF (rows generated lazily, flat heap)")
    void streamed() throws Exception {
        Map<String, String> values = values(BulkKind.EXTENSION, Fixtures.extensionRow(1));
        List<Violation> violations = List.of(Violation.of("reason", "required"));
        Iterable<RefusedRow> rows = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < 100_000;
            }

            @Override
            public RefusedRow next() {
                return new RefusedRow(3 + i++, values, violations);
            }
        };
        Path file = dir.resolve("many.xlsx");
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            ErrorWorkbook.write(out, BulkKind.EXTENSION, Locale.ENGLISH, rows, Violation::key);
        }
        System.out.printf("error workbook of 100 000 rows: %d bytes in %.1f s%n", Files.size(file),
                (System.nanoTime() - start) / 1e9);
        try (BulkFile bulk = BulkFile.open(file, BulkLimits.defaults())) {
            assertEquals(100_000, bulk.rowCount());
        }
    }
}
