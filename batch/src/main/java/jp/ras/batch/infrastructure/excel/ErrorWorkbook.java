package jp.ras.batch.infrastructure.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.ras.domain.shared.Violation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * B2: the workbook of refused rows, by row and column. It is the template's sheet of the kind (same name, headers,
 * formats, drop-downs and marker), so the user corrects it and uploads it again; to the right of the kind's columns
 * come the original row number, a column for errors not tied to a column ({@code organisation}, {@code person},
 * {@code photo}…) and one error column per field. Wrong cells are highlighted. Streamed with SXSSF: memory stays
 * flat for 100 000 rows.
 */
public final class ErrorWorkbook {

    public static final String NOTE_SHEET = "説明 Instructions";

    private ErrorWorkbook() {
    }

    /**
     * @param locale  the language of the note sheet (headers are in both languages, as in the template)
     * @param message the text of a violation in the user's language (issue 15: no rule ids in users' texts)
     */
    public static void write(OutputStream out, BulkKind kind, Locale locale, Iterable<RefusedRow> rows,
            Function<Violation, String> message) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SheetLayout layout = new SheetLayout(workbook);
            Sheet sheet = layout.kindSheet(workbook, kind, false);
            List<BulkColumn> columns = kind.columns();
            int rowColumn = columns.size();
            int generalColumn = rowColumn + 1;
            int firstError = generalColumn + 1;
            layout.headerCell(sheet.getRow(0), rowColumn, "元の行番号");
            layout.headerCell(sheet.getRow(1), rowColumn, "Original row");
            layout.headerCell(sheet.getRow(0), generalColumn, "エラー（全般）");
            layout.headerCell(sheet.getRow(1), generalColumn, "Errors (general)");
            sheet.setColumnWidth(rowColumn, 12 * 256);
            sheet.setColumnWidth(generalColumn, 40 * 256);
            Map<String, Integer> fieldColumn = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                BulkColumn column = columns.get(i);
                fieldColumn.put(column.key(), i);
                layout.headerCell(sheet.getRow(0), firstError + i, "エラー：" + column.headerJa());
                layout.headerCell(sheet.getRow(1), firstError + i, "Error: " + column.headerEn());
                sheet.setColumnWidth(firstError + i, 30 * 256);
            }
            Styles styles = new Styles(workbook, layout);
            int r = SheetLayout.HEADER_ROWS;
            for (RefusedRow refused : rows) {
                Row row = sheet.createRow(r++);
                Map<Integer, List<String>> errors = new LinkedHashMap<>();
                for (Violation v : refused.violations()) {
                    int at = fieldColumn.getOrDefault(columnOf(v), -1);
                    String text = message.apply(v);
                    errors.computeIfAbsent(at < 0 ? generalColumn : firstError + at, k -> new ArrayList<>()).add(text);
                }
                for (int i = 0; i < columns.size(); i++) {
                    BulkColumn column = columns.get(i);
                    boolean wrong = errors.containsKey(firstError + i);
                    value(row.createCell(i), column, refused.values().getOrDefault(column.key(), ""),
                            wrong ? styles.wrong(column) : layout.styleOf(column));
                }
                row.createCell(rowColumn).setCellValue(refused.rowNumber());
                for (Map.Entry<Integer, List<String>> error : errors.entrySet()) {
                    Cell cell = row.createCell(error.getKey());
                    cell.setCellValue(String.join("\n", error.getValue()));
                    cell.setCellStyle(styles.message);
                }
            }
            note(workbook, locale, layout);
            SheetLayout.writeMarker(workbook, List.of());
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /**
     * The column a violation belongs to. The domain reports on the filing form's fields; a rule it reports on the
     * person is about one of the cells that name the person in a row (issue 19), so that cell is marked: the status of
     * residence for eligibility (AP2), the expiry for the filing window (AP4–AP6), the card number for another
     * application under way (AP13). Any other field is its own column, or the general one.
     */
    static String columnOf(Violation v) {
        if (!"person".equals(v.field()) || v.rule() == null) {
            return v.field();
        }
        return switch (v.rule()) {
            case "AP2" -> BulkColumn.STATUS_OF_RESIDENCE;
            case "AP4", "AP5", "AP6" -> BulkColumn.STAY_EXPIRY;
            case "AP13" -> BulkColumn.CARD_NUMBER;
            default -> v.field();
        };
    }

    private static void value(Cell cell, BulkColumn column, String value, CellStyle style) {
        cell.setCellStyle(style);
        if (value == null || value.isEmpty()) {
            return;
        }
        if (column.type() == BulkColumn.Type.DATE) {
            try {
                cell.setCellValue(LocalDate.parse(value));
                return;
            } catch (DateTimeParseException e) {
                // kept as the text it was
            }
        }
        cell.setCellValue(value);
    }

    private static void note(SXSSFWorkbook workbook, Locale locale, SheetLayout layout) {
        boolean ja = "ja".equals(locale.getLanguage());
        Sheet sheet = workbook.createSheet(NOTE_SHEET);
        sheet.setColumnWidth(0, 120 * 256);
        List<String> lines = ja ? List.of("受け付けられなかった行",
                "色の付いたセルに誤りがあります。右側の「エラー」列に理由があります。",
                "誤りを直し、このファイルをそのままアップロードできます（右側の元の行番号・エラーの列は読み込まれません）。",
                "誤りのなかった行はすでに申請されています。このファイルに残っている行だけを直してください。")
                : List.of("Rows that were not filed",
                        "The highlighted cells are wrong; the \"Error\" columns on the right say why.",
                        "Correct them and upload this file as it is (the original row and error columns on the right are not read).",
                        "Rows without errors have already been filed: correct only the rows in this file.");
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            if (i == 0) {
                layout.headerCell(row, 0, lines.get(0));
            } else {
                row.createCell(0).setCellValue(lines.get(i));
            }
        }
    }

    /** Highlighted data cells (keeping each column's format) and the error texts. */
    private static final class Styles {
        private final Map<Short, CellStyle> wrongByStyle = new HashMap<>();
        private final SXSSFWorkbook workbook;
        private final SheetLayout layout;
        final CellStyle message;

        Styles(SXSSFWorkbook workbook, SheetLayout layout) {
            this.workbook = workbook;
            this.layout = layout;
            Font red = workbook.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            message = workbook.createCellStyle();
            message.setFont(red);
            message.setWrapText(true);
            message.setVerticalAlignment(VerticalAlignment.TOP);
        }

        CellStyle wrong(BulkColumn column) {
            CellStyle base = layout.styleOf(column);
            return wrongByStyle.computeIfAbsent(base.getIndex(), k -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(base);
                style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
        }
    }
}
