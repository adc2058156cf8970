package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.ras.batch.application.BulkFilingItems;
import jp.ras.batch.infrastructure.excel.BulkKind;

/** Turns a row's cells into the filing's input ({@link BulkFilingItems}). */
@Named
@Dependent
public class BulkFilingProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String kind;

    @Override
    public Object processItem(Object item) {
        ReadRow read = (ReadRow) item;
        return BulkFilingItems.item(BulkKind.valueOf(kind), read.row(), read.row().toJson(), read.photo());
    }
}
