package jp.ras.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.ras.batch.infrastructure.excel.BulkColumn;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.excel.BulkTemplate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Bulk-filing files as a user makes them: RAS's template, filled in on one sheet, and a ZIP of photos. */
final class BulkWorkbooks {

    /** The template's header rows (Japanese, English) above the first data row. */
    private static final int HEADER_ROWS = 2;

    private BulkWorkbooks() {
    }

    /** A good row for the person with this card, as the roster holds them (TestApplications.addPerson). */
    static Map<String, Object> row(String card, LocalDate expiry, String applicantMail) {
        return new java.util.HashMap<>(Map.of(BulkColumn.CARD_NUMBER, card, BulkColumn.NAME_ROMAN, "Test Applicant",
                BulkColumn.STATUS_OF_RESIDENCE, "技術・人文知識・国際業務", BulkColumn.STAY_EXPIRY, expiry,
                BulkColumn.PRESENCE_CONFIRMED, "はい", BulkColumn.DESIRED_PERIOD, "3年", BulkColumn.REASON,
                "引き続き同じ会社で勤務するため", BulkColumn.RECEIPT_METHOD, "窓口", BulkColumn.KANJI_REQUESTED, "いいえ",
                BulkColumn.APPLICANT_MAIL, applicantMail));
    }

    /** RAS's template with these rows on the sheet of {@code kind} (dates as date cells, as Excel stores them). */
    static byte[] workbook(BulkKind kind, List<Map<String, Object>> rows) {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        try {
            BulkTemplate.write(template, List.of("技術・人文知識・国際業務", "技能", "留学"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
                Sheet sheet = workbook.getSheet(kind.sheetName());
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd"));
                List<BulkColumn> columns = kind.columns();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.getRow(HEADER_ROWS + r) == null ? sheet.createRow(HEADER_ROWS + r)
                            : sheet.getRow(HEADER_ROWS + r);
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = rows.get(r).get(columns.get(c).key());
                        if (value instanceof LocalDate d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(date);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP with a face photo named by each card number. */
    static byte[] photos(List<String> cards) {
        byte[] photo = TestApplications.photo(300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // ASCII names without the UTF-8 flag, as Windows' and LibreOffice's zip tools write them (issue 19)
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.US_ASCII)) {
            for (String card : cards) {
                zip.putNextEntry(new ZipEntry(card + ".jpg"));
                zip.write(photo);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
