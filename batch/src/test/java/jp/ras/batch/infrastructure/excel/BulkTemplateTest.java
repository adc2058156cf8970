package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkTemplateTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("B1: instructions first, one sheet per kind, a very hidden marker with id and version")
    void sheets() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.template()))) {
            assertEquals(4, workbook.getNumberOfSheets());
            assertEquals(BulkTemplate.INSTRUCTIONS_SHEET, workbook.getSheetName(0));
            assertEquals(BulkKind.EXTENSION.sheetName(), workbook.getSheetName(1));
            assertEquals(BulkKind.EXTENSION_WITH_PERMITS.sheetName(), workbook.getSheetName(2));
            assertEquals(0, workbook.getActiveSheetIndex());
            int marker = workbook.getSheetIndex(SheetLayout.MARKER_SHEET);
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(marker));
            XSSFSheet markerSheet = workbook.getSheetAt(marker);
            assertEquals("ras-bulk-filing", markerSheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("2026.1", markerSheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(BulkTemplate.VERSION, markerSheet.getRow(0).getCell(1).getStringCellValue());
            String instructions = IntStream.rangeClosed(0, workbook.getSheetAt(0).getLastRowNum())
                    .mapToObj(i -> workbook.getSheetAt(0).getRow(i))
                    .filter(r -> r != null && r.getCell(0) != null)
                    .map(r -> r.getCell(0).getStringCellValue()).reduce("", String::concat);
            assertTrue(instructions.contains("1種類の手続"), "one kind per file (ja)");
            assertTrue(instructions.contains("One file holds one kind"), "one kind per file (en)");
            assertTrue(instructions.contains("ZIP") && instructions.contains("AB12345678CD.jpg"), "photos");
            assertTrue(instructions.contains("yyyy/mm/dd"), "date format");
            assertTrue(instructions.contains("入力途中") && instructions.contains("partly filled"), "Q37");
        }
    }

    @Test
    @DisplayName("B1, AP11: two header rows (Japanese, English), widths, frozen header, date-formatted expiry")
    void headers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.template()))) {
            for (BulkKind kind : BulkKind.values()) {
                XSSFSheet sheet = workbook.getSheet(kind.sheetName());
                List<BulkColumn> columns = kind.columns();
                for (int c = 0; c < columns.size(); c++) {
                    assertEquals(columns.get(c).headerJa(), sheet.getRow(0).getCell(c).getStringCellValue());
                    assertEquals(columns.get(c).headerEn(), sheet.getRow(1).getCell(c).getStringCellValue());
                    assertEquals(columns.get(c).width() * 256, sheet.getColumnWidth(c));
                }
                assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
                assertTrue(sheet.getPaneInformation().isFreezePane());
                int expiry = columns.indexOf(columns.stream()
                        .filter(col -> col.key().equals(BulkColumn.STAY_EXPIRY)).findFirst().orElseThrow());
                assertEquals("yyyy/mm/dd", sheet.getColumnStyle(expiry).getDataFormatString());
                assertTrue(DateUtil.isADateFormat(sheet.getColumnStyle(expiry).getDataFormat(),
                        sheet.getColumnStyle(expiry).getDataFormatString()));
                assertEquals(2, sheet.getLastRowNum() + 1, "no data rows");
            }
            assertEquals(List.of("reEntry", "activityPermission"), BulkKind.EXTENSION_WITH_PERMITS.columns().stream()
                    .map(BulkColumn::key).filter(k -> BulkKind.EXTENSION.columns().stream()
                            .noneMatch(c -> c.key().equals(k))).toList());
        }
    }

    @Test
    @DisplayName("B1: drop-down lists for coded fields, the statuses of residence from the given list")
    void validations() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.template()))) {
            XSSFSheet sheet = workbook.getSheet(BulkKind.EXTENSION_WITH_PERMITS.sheetName());
            List<BulkColumn> columns = BulkKind.EXTENSION_WITH_PERMITS.columns();
            Map<String, List<String>> lists = new java.util.HashMap<>();
            Map<String, String> formulas = new java.util.HashMap<>();
            for (XSSFDataValidation validation : sheet.getDataValidations()) {
                int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
                assertEquals(2, validation.getRegions().getCellRangeAddress(0).getFirstRow(), "from row 3");
                String key = columns.get(column).key();
                DataValidationConstraint constraint = validation.getValidationConstraint();
                if (constraint.getExplicitListValues() != null) {
                    lists.put(key, List.of(constraint.getExplicitListValues()));
                } else {
                    formulas.put(key, constraint.getFormula1());
                }
                if (key.equals(BulkColumn.RECEIPT_METHOD)) {
                    assertEquals(DataValidation.ErrorStyle.STOP, validation.getErrorStyle());
                }
                if (key.equals(BulkColumn.DESIRED_PERIOD) || key.equals(BulkColumn.STATUS_OF_RESIDENCE)) {
                    assertEquals(DataValidation.ErrorStyle.WARNING, validation.getErrorStyle(), key);
                }
            }
            for (var ct : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
                assertFalse(ct.getShowDropDown(), "showDropDown=1 would hide the arrow");
            }
            assertEquals(List.of("郵送", "窓口", "POST", "COUNTER"), lists.get(BulkColumn.RECEIPT_METHOD));
            assertEquals(List.of("はい", "いいえ", "yes", "no"), lists.get(BulkColumn.PRESENCE_CONFIRMED));
            assertEquals(List.of("はい", "いいえ", "yes", "no"), lists.get(BulkColumn.ACTIVITY_PERMISSION));
            assertEquals(List.of("はい", "いいえ", "yes", "no"), lists.get(BulkColumn.KANJI_REQUESTED));
            assertEquals(List.of("なし", "1回限り", "数次", "NONE", "SINGLE", "MULTIPLE"), lists.get(BulkColumn.RE_ENTRY));
            assertEquals(List.of("日本語", "English"), lists.get(BulkColumn.APPLICANT_LANGUAGE));
            assertEquals(List.of("3月", "6月", "1年", "3年", "5年"), lists.get(BulkColumn.DESIRED_PERIOD));
            BulkColumn.DESIRED_PERIODS.forEach(p -> assertTrue(
                    jp.ras.domain.model.application.PeriodOfStay.parse(p).isPresent(), p + " is a period of stay"));
            assertEquals(SheetLayout.STATUS_LIST, formulas.get(BulkColumn.STATUS_OF_RESIDENCE));
            assertTrue(formulas.containsKey(BulkColumn.STAY_EXPIRY), "date validation");
            XSSFName name = workbook.getName(SheetLayout.STATUS_LIST);
            assertNotNull(name);
            assertEquals("'ras-template'!$D$1:$D$5", name.getRefersToFormula());
            XSSFSheet marker = workbook.getSheet(SheetLayout.MARKER_SHEET);
            for (int i = 0; i < Fixtures.STATUSES.size(); i++) {
                assertEquals(Fixtures.STATUSES.get(i), marker.getRow(i).getCell(3).getStringCellValue());
            }
        }
    }

    @Test
    @DisplayName("B1: the template filled with XSSF reads back as its rows, dates as dates")
    void roundTrip() throws Exception {
        List<Map<String, Object>> rows = List.of(Fixtures.extensionRow(1), Fixtures.extensionRow(2),
                Fixtures.extensionRow(3));
        Path file = Fixtures.filled(dir, "filled.xlsx", Fixtures.template(), BulkKind.EXTENSION, rows);
        try (BulkFile bulk = BulkFile.open(file, BulkLimits.defaults())) {
            assertEquals(BulkKind.EXTENSION, bulk.kind());
            assertEquals(3, bulk.rowCount());
            for (int i = 0; i < rows.size(); i++) {
                BulkRow row = bulk.next();
                assertEquals(3 + i, row.rowNumber());
                assertEquals(Fixtures.expected(rows.get(i)), row.values());
            }
            assertEquals(null, bulk.next());
        }
        assertEquals("2027-01-02", Fixtures.readAll(file, BulkLimits.defaults()).get(0).value("stayExpiry"));
    }

    @Test
    @DisplayName("B1, Q37: a partly filled template (blank rows between, cells left empty) reads only its rows")
    void partlyFilled() throws Exception {
        byte[] template = Fixtures.template();
        Path file = dir.resolve("partly.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = java.nio.file.Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.getSheet(BulkKind.EXTENSION.sheetName());
            Map<String, Object> partial = new java.util.LinkedHashMap<>(Fixtures.extensionRow(7));
            partial.put(BulkColumn.REASON, "");
            Fixtures.fill(sheet, BulkKind.EXTENSION, List.of(partial), 2);
            Fixtures.fill(sheet, BulkKind.EXTENSION, List.of(Fixtures.extensionRow(8)), 9);
            sheet.createRow(20).createCell(3).setCellStyle(sheet.getColumnStyle(3)); // formatted, empty
            sheet.createRow(21).createCell(0).setCellValue("   ");
            workbook.write(out);
        }
        List<BulkRow> rows = Fixtures.readAll(file, BulkLimits.defaults());
        assertEquals(List.of(3, 10), rows.stream().map(BulkRow::rowNumber).toList());
        assertEquals("", rows.get(0).value(BulkColumn.REASON));
    }

    @Test
    @DisplayName("B2, issue 19: the lower row of a merged cell is refused as merged (mergedCell), not as empty; the top"
            + " row keeps its value")
    void mergedCells() throws Exception {
        byte[] template = Fixtures.template();
        Path file = dir.resolve("merged.xlsx");
        int reason = BulkKind.EXTENSION.columns().stream().map(BulkColumn::key).toList().indexOf(BulkColumn.REASON);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = java.nio.file.Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.getSheet(BulkKind.EXTENSION.sheetName());
            Map<String, Object> lower = new java.util.LinkedHashMap<>(Fixtures.extensionRow(2));
            lower.put(BulkColumn.REASON, "");
            Fixtures.fill(sheet, BulkKind.EXTENSION, List.of(Fixtures.extensionRow(1), lower), 2);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, reason, reason));
            workbook.write(out);
        }
        List<BulkRow> rows = Fixtures.readAll(file, BulkLimits.defaults());
        assertEquals(java.util.Set.of(), rows.get(0).merged());
        assertEquals(java.util.Set.of(BulkColumn.REASON), rows.get(1).merged());
        BulkRowParser.parse(BulkKind.EXTENSION, rows.get(0));
        assertEquals(List.of(jp.ras.domain.shared.Violation.of(BulkColumn.REASON, BulkRowParser.KEY_MERGED)),
                org.junit.jupiter.api.Assertions.assertThrows(jp.ras.domain.shared.RuleViolationException.class,
                        () -> BulkRowParser.parse(BulkKind.EXTENSION, rows.get(1))).violations());
    }
}
