package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.infrastructure.excel.BulkKind;
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
        JsonObjectBuilder cells = Json.createObjectBuilder();
        read.row().values().forEach((k, v) -> cells.add(k, v == null ? "" : v));
        String json = cells.build().toString();
        try {
            ParsedRow p = BulkRowParser.parse(BulkKind.valueOf(kind), read.row());
            return new BulkFilingRun.Item(p.rowNumber(), p.cardNumber(), p.nameRoman(), p.statusOfResidence(),
                    p.stayExpiry(), p.form(), read.photo(), List.of(), json);
        } catch (RuleViolationException e) {
            return new BulkFilingRun.Item(read.row().rowNumber(), null, null, null, null, null, null,
                    e.violations(), json);
        }
    }
}
