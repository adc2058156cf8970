package jp.ras.batch.infrastructure.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files: the template filled as a user would fill it, and the rows expected back. */
final class Fixtures {

    static final List<String> STATUSES = List.of("技術・人文知識・国際業務", "技能実習2号", "家族滞在", "公用", "留学");

    private Fixtures() {
    }

    static byte[] template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulkTemplate.write(out, STATUSES);
        return out.toByteArray();
    }

    /** A row of the extension kind, the stay expiry as a date. */
    static Map<String, Object> extensionRow(int i) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(BulkColumn.CARD_NUMBER, String.format("AB%08dCD", i));
        row.put(BulkColumn.NAME_ROMAN, "NGUYEN VAN " + i);
        row.put(BulkColumn.STATUS_OF_RESIDENCE, "技術・人文知識・国際業務");
        row.put(BulkColumn.STAY_EXPIRY, LocalDate.of(2027, 1, 1).plusDays(i % 300));
        row.put(BulkColumn.PRESENCE_CONFIRMED, "はい");
        row.put(BulkColumn.DESIRED_PERIOD, i % 2 == 0 ? "1年" : "3年");
        row.put(BulkColumn.REASON, "引き続き勤務するため, row " + i);
        row.put(BulkColumn.RECEIPT_METHOD, i % 2 == 0 ? "郵送" : "COUNTER");
        row.put(BulkColumn.KANJI_REQUESTED, "いいえ");
        row.put(BulkColumn.KANJI_NAME, "");
        row.put(BulkColumn.APPLICANT_MAIL, "person" + i + "@example.jp");
        row.put(BulkColumn.APPLICANT_LANGUAGE, i % 2 == 0 ? "日本語" : "English");
        return row;
    }

    /** A row of the kind with permits. */
    static Map<String, Object> permitsRow(int i) {
        Map<String, Object> base = extensionRow(i);
        Map<String, Object> row = new LinkedHashMap<>();
        for (BulkColumn column : BulkKind.EXTENSION_WITH_PERMITS.columns()) {
            row.put(column.key(), base.getOrDefault(column.key(), ""));
        }
        row.put(BulkColumn.RE_ENTRY, "数次");
        row.put(BulkColumn.ACTIVITY_PERMISSION, "yes");
        row.put(BulkColumn.RECEIPT_METHOD, "窓口");
        return row;
    }

    /** The values BulkFile should read for a row: text as is, a date in ISO form. */
    static Map<String, String> expected(Map<String, Object> row) {
        Map<String, String> values = new LinkedHashMap<>();
        row.forEach((k, v) -> values.put(k, v == null ? "" : v.toString().strip()));
        return values;
    }

    /** Fills the template's sheet of a kind from row 3 on, as a user would (date cells take the column's style). */
    static Path filled(Path dir, String name, byte[] template, BulkKind kind, List<Map<String, Object>> rows)
            throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                OutputStream out = Files.newOutputStream(file)) {
            fill(workbook.getSheet(kind.sheetName()), kind, rows, SheetLayout.HEADER_ROWS);
            workbook.write(out);
        }
        return file;
    }

    static void fill(Sheet sheet, BulkKind kind, List<Map<String, Object>> rows, int firstRow) {
        List<BulkColumn> columns = kind.columns();
        int r = firstRow;
        for (Map<String, Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(columns.get(c).key());
                if (value == null || "".equals(value)) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(sheet.getColumnStyle(c));
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    static List<BulkRow> readAll(Path file, BulkLimits limits) throws BulkFileException {
        try (BulkFile bulk = BulkFile.open(file, limits)) {
            List<BulkRow> rows = new ArrayList<>();
            BulkRow row;
            while ((row = bulk.next()) != null) {
                rows.add(row);
            }
            return rows;
        }
    }

    /** A CSV line of the given fields, quoted as RFC 4180 wants. */
    static String csvLine(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String f : fields) {
            quoted.add(f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                    ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", quoted) + "\r\n";
    }

    /** The header fields of a kind in one language. */
    static List<String> headers(BulkKind kind, boolean japanese) {
        return kind.columns().stream().map(c -> japanese ? c.headerJa() : c.headerEn()).toList();
    }

    /** A row's fields in column order (dates ISO). */
    static List<String> fields(BulkKind kind, Map<String, Object> row) {
        return kind.columns().stream().map(c -> String.valueOf(row.getOrDefault(c.key(), ""))).toList();
    }
}
