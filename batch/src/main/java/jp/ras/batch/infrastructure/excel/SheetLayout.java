package jp.ras.batch.infrastructure.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The layout the template and the error workbook share, so that a corrected error workbook is a template again: the
 * hidden marker sheet, and a kind's sheet with its two header rows (Japanese, English), widths, frozen header, cell
 * formats and drop-down lists.
 */
final class SheetLayout {

    /** The very hidden sheet that marks RAS's template: A1 the template id, B1 its version. */
    static final String MARKER_SHEET = "ras-template";
    /** The defined name of the statuses of residence listed on the marker sheet (column D). */
    static final String STATUS_LIST = "ras_statuses";
    /** Header rows: Japanese (row 1), English (row 2); data from row 3. */
    static final int HEADER_ROWS = 2;
    static final String DATE_FORMAT = "yyyy/mm/dd";
    /** Drop-downs and formats reach this far below the header (the default row limit). */
    private static final int LAST_VALIDATED_ROW = HEADER_ROWS + BulkLimits.DEFAULT_MAX_ROWS;

    final CellStyle header;
    final CellStyle date;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle plain;

    SheetLayout(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        plain = workbook.createCellStyle();
    }

    /** The style of a data cell of a column (and the column's default style). */
    CellStyle styleOf(BulkColumn column) {
        return switch (column.type()) {
            case DATE -> date;
            case TEXT -> column.maxLength() > 200 ? wrapped : text;
            case YES_NO, CODE -> plain;
        };
    }

    /** The very hidden marker sheet, with the statuses of residence for the drop-down when there are any. */
    static void writeMarker(Workbook workbook, List<String> statusesOfResidence) {
        Sheet marker = workbook.createSheet(MARKER_SHEET);
        Row first = marker.createRow(0);
        first.createCell(0).setCellValue(BulkTemplate.TEMPLATE_ID);
        first.createCell(1).setCellValue(BulkTemplate.VERSION);
        for (int i = 0; i < statusesOfResidence.size(); i++) {
            Row row = i == 0 ? first : marker.createRow(i);
            row.createCell(3).setCellValue(statusesOfResidence.get(i));
        }
        if (!statusesOfResidence.isEmpty()) {
            Name name = workbook.createName();
            name.setNameName(STATUS_LIST);
            name.setRefersToFormula("'" + MARKER_SHEET + "'!$D$1:$D$" + statusesOfResidence.size());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(marker), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * A kind's sheet: the two header rows, widths, frozen header, column formats and drop-downs ({@code withStatuses}:
     * the status of residence from the marker sheet's list).
     */
    Sheet kindSheet(Workbook workbook, BulkKind kind, boolean withStatuses) {
        Sheet sheet = workbook.createSheet(kind.sheetName());
        List<BulkColumn> columns = kind.columns();
        Row ja = sheet.createRow(0);
        Row en = sheet.createRow(1);
        ja.setHeightInPoints(32);
        en.setHeightInPoints(32);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            BulkColumn column = columns.get(c);
            headerCell(ja, c, column.headerJa());
            headerCell(en, c, column.headerEn());
            sheet.setColumnWidth(c, column.width() * 256);
            sheet.setDefaultColumnStyle(c, styleOf(column));
            DataValidationConstraint constraint = null;
            boolean strict = true;
            if (!column.codes().isEmpty()) {
                constraint = helper.createExplicitListConstraint(column.dropDown().toArray(String[]::new));
            } else if (column.key().equals(BulkColumn.DESIRED_PERIOD)) {
                constraint = helper.createExplicitListConstraint(BulkColumn.DESIRED_PERIODS.toArray(String[]::new));
                strict = false;
            } else if (column.key().equals(BulkColumn.STATUS_OF_RESIDENCE) && withStatuses) {
                constraint = helper.createFormulaListConstraint(STATUS_LIST);
                strict = false;
            } else if (column.type() == BulkColumn.Type.DATE) {
                constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(1990,1,1)", "DATE(2199,12,31)", null);
            }
            if (constraint != null) {
                DataValidation validation = helper.createValidation(constraint,
                        new CellRangeAddressList(HEADER_ROWS, LAST_VALIDATED_ROW, c, c));
                // Warning only where the screen takes free text (the desired period) or the roster may write a status
                // the list lacks (技能実習2号ロ).
                validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
                validation.setShowErrorBox(true);
                if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                    validation.setSuppressDropDownArrow(true); // XSSF: shows the arrow
                }
                validation.createErrorBox(column.headerJa() + " / " + column.headerEn(),
                        column.type() == BulkColumn.Type.DATE ? "yyyy/mm/dd"
                                : "一覧から選んでください / Choose from the list");
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, HEADER_ROWS);
        return sheet;
    }

    void headerCell(Row row, int column, String text) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }
}
