package jp.ras.batch.infrastructure.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * B1: the template workbook for bulk filing: an instructions sheet (Japanese and English), one sheet per
 * {@link BulkKind} and a very hidden marker sheet with the template id and {@link #VERSION}, which the reader checks
 * (only the current version is accepted). The user may keep it partly filled on their computer (Q37).
 */
public final class BulkTemplate {

    public static final String TEMPLATE_ID = "ras-bulk-filing";
    /** The layout's version: raise it whenever columns change; older files are refused as {@code oldTemplate}. */
    public static final String VERSION = "2026.1";
    public static final String INSTRUCTIONS_SHEET = "説明 Instructions";

    private static final List<String> INSTRUCTIONS_JA = List.of(
            "在留期間更新許可申請の一括入力（RAS）",
            "",
            "1. 1つのファイルには1種類の手続だけを入力してください。在留期間更新許可申請のみの場合はシート「"
                    + BulkKind.EXTENSION.sheetName() + "」に、再入国許可申請・資格外活動許可申請も同時に行う場合はシート「"
                    + BulkKind.EXTENSION_WITH_PERMITS.sheetName() + "」に入力します。両方のシートに入力したファイルは受け付けません。",
            "2. 1行に1人分を3行目から入力します。1行目（日本語）と2行目（英語）の見出しは変更しないでください。シート名・列の順番も変更しないでください。",
            "3. 在留カード番号・氏名（ローマ字）・在留資格・在留期間満了日は、所属している外国人の名簿と同じ内容を入力してください。",
            "4. 日付は yyyy/mm/dd（例：2026/12/31）で入力します。和暦（令和9年1月3日、R9.1.3）も使えます。",
            "5. はい／いいえ、受領方法（郵送／窓口）、再入国許可（なし／1回限り／数次）、メールの言語（日本語／English）は一覧から選びます。英語の値（yes/no、POST/COUNTER、NONE/SINGLE/MULTIPLE）も使えます。",
            "6. 顔写真は、在留カード番号をファイル名とした JPEG または PNG（例：AB12345678CD.jpg、5MB以下）を1つの ZIP ファイルにまとめ、このファイルと一緒にアップロードします。",
            "7. 入力途中のファイルは、ご自分のコンピュータに保存しておき、後で続きを入力できます。",
            "8. 誤りのある行はエラーの一覧（Excel ファイル）で行・列ごとに返されます。誤りのない行だけが申請されます。エラーの一覧を直してそのままアップロードできます。",
            "9. CSV（UTF-8）でもアップロードできます。1行目はいずれかのシートの見出し（日本語または英語）にしてください。");

    private static final List<String> INSTRUCTIONS_EN = List.of(
            "Bulk filing of extensions of the period of stay (RAS)",
            "",
            "1. One file holds one kind of procedure. Enter extensions only on the sheet \""
                    + BulkKind.EXTENSION.sheetName() + "\", extensions filed together with a re-entry permit or a "
                    + "permission for activity outside status on the sheet \""
                    + BulkKind.EXTENSION_WITH_PERMITS.sheetName() + "\". A file with rows on both sheets is refused.",
            "2. Enter one person per row, from row 3. Do not change the headers in row 1 (Japanese) and row 2 (English), the sheet names or the order of the columns.",
            "3. Residence card number, name (roman letters), status of residence and expiry date must be as on your organisation's list of foreign nationals.",
            "4. Enter dates as yyyy/mm/dd (e.g. 2026/12/31); Japanese era dates (令和9年1月3日, R9.1.3) work as well.",
            "5. Choose yes/no, the receipt method (POST/COUNTER), the re-entry permit (NONE/SINGLE/MULTIPLE) and the language of the mails (日本語/English) from the lists; the Japanese values work as well.",
            "6. Put the face photos in one ZIP file, each a JPEG or PNG named by the residence card number (e.g. AB12345678CD.jpg, at most 5 MB), and upload it with this file.",
            "7. You may save a partly filled file on your computer and continue later.",
            "8. Rows with errors are returned in an error workbook, by row and column; only rows without errors are filed. You can correct the error workbook and upload it as it is.",
            "9. A CSV file (UTF-8) can be uploaded too: its first line must be the headers (Japanese or English) of one sheet.");

    private BulkTemplate() {
    }

    /**
     * Writes the template. {@code statusesOfResidence} fills the drop-down of the status column (it warns, but allows
     * other texts, since the roster may be more specific than the list).
     */
    public static void write(OutputStream out, List<String> statusesOfResidence) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetLayout layout = new SheetLayout(workbook);
            instructions(workbook, layout);
            for (BulkKind kind : BulkKind.values()) {
                layout.kindSheet(workbook, kind, !statusesOfResidence.isEmpty());
            }
            SheetLayout.writeMarker(workbook, statusesOfResidence);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            workbook.write(out);
        }
    }

    private static void instructions(XSSFWorkbook workbook, SheetLayout layout) {
        Sheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, 140 * 256);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        int r = 0;
        for (List<String> block : List.of(INSTRUCTIONS_JA, INSTRUCTIONS_EN)) {
            for (int i = 0; i < block.size(); i++) {
                Row row = sheet.createRow(r++);
                if (i == 0) {
                    layout.headerCell(row, 0, block.get(i));
                } else {
                    row.createCell(0).setCellValue(block.get(i));
                    row.getCell(0).setCellStyle(wrap);
                }
            }
            r++;
        }
        Row version = sheet.createRow(r + 1);
        version.createCell(0).setCellValue("Template " + TEMPLATE_ID + " " + VERSION);
    }
}
