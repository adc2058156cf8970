package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Files;
import jp.ras.batch.infrastructure.excel.BulkFile;
import jp.ras.batch.infrastructure.excel.BulkLimits;
import jp.ras.batch.infrastructure.excel.BulkRow;
import jp.ras.batch.infrastructure.excel.PhotoArchive;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;

/**
 * Reads an uploaded file row by row (streaming: one row in memory at a time), with each row's photo. The
 * checkpoint is the number of the last row read, so a restart goes on after it.
 */
@Named
@Dependent
public class BulkFilingReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String bulkFilingId;

    @Inject
    private BulkFilingFiles files;

    @Inject
    private BulkLimitsConfig limits;

    private BulkFile file;
    private PhotoArchive photos;
    private int lastRow;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long id = Long.parseLong(bulkFilingId);
        BulkLimits bounds = limits.limits();
        file = BulkFile.open(files.file(id), bounds);
        if (Files.isRegularFile(files.photos(id))) {
            photos = PhotoArchive.open(files.photos(id), bounds);
        }
        if (checkpoint instanceof Integer last) {
            lastRow = last;
            file.skipTo(last + 1);
        }
    }

    @Override
    public Object readItem() throws Exception {
        BulkRow row = file.next();
        if (row == null) {
            return null;
        }
        lastRow = row.rowNumber();
        String card = row.values().get("cardNumber");
        byte[] photo = photos == null || card == null || card.isBlank() ? null
                : photos.photoFor(card.strip()).orElse(null);
        return new ReadRow(row, photo);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRow;
    }

    @Override
    public void close() throws Exception {
        try {
            if (file != null) {
                file.close();
            }
        } finally {
            if (photos != null) {
                photos.close();
            }
        }
    }
}
