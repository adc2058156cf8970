package jp.ras.batch.application;

import java.util.List;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.excel.BulkRow;
import jp.ras.batch.infrastructure.excel.BulkRowParser;
import jp.ras.batch.infrastructure.excel.ParsedRow;
import jp.ras.domain.shared.RuleViolationException;

/**
 * A row's cells as the filing's input; cells that are no date, code or yes/no become field errors. Used by the job's
 * processor and for a photo attached afterwards (B1) to a row kept from it, so both parse a row alike.
 */
public final class BulkFilingItems {

    private BulkFilingItems() {
    }

    /**
     * The filing's input for a row of a file of {@code kind}, with its cells as kept ({@code cellsJson}) and its
     * photo.
     */
    public static BulkFilingRun.Item item(BulkKind kind, BulkRow row, String cellsJson, byte[] photo) {
        try {
            ParsedRow p = BulkRowParser.parse(kind, row);
            return new BulkFilingRun.Item(p.rowNumber(), p.cardNumber(), p.nameRoman(), p.statusOfResidence(),
                    p.stayExpiry(), p.form(), photo, List.of(), cellsJson);
        } catch (RuleViolationException e) {
            return new BulkFilingRun.Item(row.rowNumber(), null, null, null, null, null, null, e.violations(),
                    cellsJson);
        }
    }
}
