package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2026 system's CSV: UTF-8, the first line one kind's headers, RFC 4180 records. */
class BulkFileCsvTest {

    @TempDir
    Path dir;

    private static List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            rows.add(Fixtures.extensionRow(i));
        }
        return rows;
    }

    private Path csv(String name, String text, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private static String body(BulkKind kind, List<Map<String, Object>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append(Fixtures.csvLine(Fixtures.fields(kind, r))));
        return text.toString();
    }

    @Test
    @DisplayName("B1: a CSV with both header lines gives the same BulkRows as the xlsx, row numbers included")
    void sameAsXlsx() throws Exception {
        List<Map<String, Object>> rows = rows();
        Path xlsx = Fixtures.filled(dir, "rows.xlsx", Fixtures.template(), BulkKind.EXTENSION, rows);
        Path csv = csv("rows.csv", Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, true))
                + Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, false)) + body(BulkKind.EXTENSION, rows),
                StandardCharsets.UTF_8);
        List<BulkRow> fromXlsx = Fixtures.readAll(xlsx, BulkLimits.defaults());
        assertEquals(4, fromXlsx.size());
        assertEquals(fromXlsx, Fixtures.readAll(csv, BulkLimits.defaults()));
        try (BulkFile bulk = BulkFile.open(csv, BulkLimits.defaults())) {
            assertEquals(BulkKind.EXTENSION, bulk.kind());
            assertEquals(4, bulk.rowCount());
        }
        for (Path file : List.of(xlsx, csv)) { // a job's partition: reopened uncounted, the rows before it skipped
            try (BulkFile bulk = BulkFile.reopen(file, BulkLimits.defaults())) {
                assertEquals(-1, bulk.rowCount());
                assertEquals(2, bulk.skip(2));
                assertEquals(fromXlsx.get(2), bulk.next());
                assertEquals(1, bulk.skip(5));
                assertEquals(null, bulk.next());
            }
        }
    }

    @Test
    @DisplayName("B1, AP11: one header line, Japanese or English, with a BOM; rows numbered as the spreadsheet shows")
    void oneHeaderAndBom() throws Exception {
        List<Map<String, Object>> rows = rows();
        for (boolean japanese : new boolean[] {true, false}) {
            Path csv = csv("one" + japanese + ".csv", "\uFEFF" + Fixtures.csvLine(Fixtures.headers(
                    BulkKind.EXTENSION_WITH_PERMITS, japanese)) + body(BulkKind.EXTENSION_WITH_PERMITS,
                            List.of(Fixtures.permitsRow(1))), StandardCharsets.UTF_8);
            try (BulkFile bulk = BulkFile.open(csv, BulkLimits.defaults())) {
                assertEquals(BulkKind.EXTENSION_WITH_PERMITS, bulk.kind());
                BulkRow row = bulk.next();
                assertEquals(2, row.rowNumber());
                assertEquals(Fixtures.expected(Fixtures.permitsRow(1)), row.values());
            }
        }
        assertEquals(4, rows.size());
    }

    @Test
    @DisplayName("B2: quoted commas, quotes and line breaks stay in their cell; blank lines are skipped; LF works")
    void quoting() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>(Fixtures.extensionRow(1));
        row.put(BulkColumn.REASON, "勤務継続のため,\n\"部署\"も同じ");
        String text = Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, false))
                + Fixtures.csvLine(Fixtures.fields(BulkKind.EXTENSION, row)) + ",,,\r\n\r\n"
                + Fixtures.csvLine(Fixtures.fields(BulkKind.EXTENSION, Fixtures.extensionRow(2))).replace("\r\n", "\n");
        List<BulkRow> rows = Fixtures.readAll(csv("quoted.csv", text, StandardCharsets.UTF_8), BulkLimits.defaults());
        assertEquals(2, rows.size());
        assertEquals("勤務継続のため,\n\"部署\"も同じ", rows.get(0).value(BulkColumn.REASON));
        assertEquals(Fixtures.expected(row), rows.get(0).values());
        assertEquals(List.of(2, 5), rows.stream().map(BulkRow::rowNumber).toList());
        assertEquals(Fixtures.expected(Fixtures.extensionRow(2)), rows.get(1).values());
    }

    @Test
    @DisplayName("B2: a Shift_JIS CSV (as Japanese Excel saves it) is refused with key encoding")
    void shiftJis() throws Exception {
        Path csv = csv("sjis.csv", Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, true))
                + body(BulkKind.EXTENSION, rows()), Charset.forName("Shift_JIS"));
        assertEquals("encoding", assertThrows(BulkFileException.class,
                () -> BulkFile.open(csv, BulkLimits.defaults())).key());
    }

    @Test
    @DisplayName("B1, B2: unknown headers, no rows, too many rows and an unclosed quote are refused")
    void refused() throws Exception {
        Path other = csv("other.csv", "name,mail\nA,a@example.jp\n", StandardCharsets.UTF_8);
        Path headerOnly = csv("header.csv", Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, true)) + "\r\n",
                StandardCharsets.UTF_8);
        Path four = csv("four.csv", Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, true))
                + body(BulkKind.EXTENSION, rows()), StandardCharsets.UTF_8);
        Path open = csv("open.csv", Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, true))
                + "AB1,\"never closed\n", StandardCharsets.UTF_8);
        assertEquals("otherTemplate", key(other, BulkLimits.defaults()));
        assertEquals("empty", key(headerOnly, BulkLimits.defaults()));
        assertEquals("tooManyRows", key(four, BulkLimits.defaults().withMaxRows(3)));
        assertEquals("notWorkbook", key(open, BulkLimits.defaults()));
    }

    @Test
    @DisplayName("B1: a workbook laid out as the CSV (no marker: a CSV saved as xlsx) reads as the CSV does")
    void csvSavedAsXlsx() throws Exception {
        List<Map<String, Object>> rows = rows();
        Path csv = csv("rows.csv", Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, false))
                + body(BulkKind.EXTENSION, rows), StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("rows-as-xlsx.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("anything");
            var sheet = workbook.createSheet("rows");
            var header = sheet.createRow(0);
            List<String> headers = Fixtures.headers(BulkKind.EXTENSION, false);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.setDefaultColumnStyle(3, date); // the expiry as a date cell, as a spreadsheet makes of 2027-01-02
            Fixtures.fill(sheet, BulkKind.EXTENSION, rows, 1);
            workbook.write(out);
        }
        List<BulkRow> fromCsv = Fixtures.readAll(csv, BulkLimits.defaults());
        assertEquals(List.of(2, 3, 4, 5), fromCsv.stream().map(BulkRow::rowNumber).toList());
        assertEquals(fromCsv, Fixtures.readAll(xlsx, BulkLimits.defaults()));
    }

    private static String key(Path file, BulkLimits limits) {
        return assertThrows(BulkFileException.class, () -> BulkFile.open(file, limits).close()).key();
    }
}
