package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.excel.BulkRow;
import jp.ras.batch.infrastructure.excel.BulkRowParser;
import jp.ras.batch.infrastructure.excel.ParsedRow;
import jp.ras.domain.shared.RuleViolationException;

/** Turns a row's cells into the filing's input; cells that are no date, code or yes/no become field errors. */
@Named
@Dependent
public class BulkFilingProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String kind;

    @Override
    public Object processItem(Object item) {
        ReadRow read = (ReadRow) item;
        return item(BulkKind.valueOf(kind), read.row(), read.row().toJson(), read.photo());
    }

    /**
     * The filing's input for a row of a file of {@code kind}, with its cells as kept ({@code cellsJson}) and its
     * photo: by the job, and for a photo attached afterwards (B1) to a row kept from it.
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
