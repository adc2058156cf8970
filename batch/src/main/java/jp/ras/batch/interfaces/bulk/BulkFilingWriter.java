package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.application.BulkFilingRun;

/**
 * B2: files a chunk of rows in one transaction (good rows filed, bad rows recorded with their errors). When the
 * chunk's transaction fails, each of its rows is tried again alone, so one row that cannot be stored costs only
 * itself.
 */
@Named
@Dependent
public class BulkFilingWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(BulkFilingWriter.class.getName());

    @Inject
    @BatchProperty
    private String bulkFilingId;

    @Inject
    private BulkFilingRun service;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(bulkFilingId);
        List<BulkFilingRun.Item> rows = new ArrayList<>(items.size());
        items.forEach(i -> rows.add((BulkFilingRun.Item) i));
        try {
            service.fileChunk(id, rows);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk filing " + id + ": a chunk of " + rows.size()
                    + " rows failed; filing them one by one", e);
            for (BulkFilingRun.Item row : rows) {
                try {
                    service.fileOne(id, row);
                } catch (RuntimeException alone) {
                    LOG.log(Level.WARNING, "bulk filing " + id + ": row " + row.rowNumber() + " failed alone", alone);
                    service.refuseAfterFailure(id, row);
                }
            }
        }
    }
}
