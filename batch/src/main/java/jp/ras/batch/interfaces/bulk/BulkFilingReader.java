package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.infrastructure.config.BulkLimitsConfig;
import jp.ras.batch.infrastructure.excel.BulkFile;
import jp.ras.batch.infrastructure.excel.BulkFileException;
import jp.ras.batch.infrastructure.excel.BulkLimits;
import jp.ras.batch.infrastructure.excel.BulkRow;
import jp.ras.batch.infrastructure.excel.PhotoArchive;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;

/**
 * Reads one partition of an uploaded file row by row (streaming: one row in memory at a time), with each row's
 * photo: the data rows from index {@code first} (0-based) up to {@code end} (excluded). The checkpoint is the index
 * of the next row to read, so a restart goes on from there.
 */
@Named
@Dependent
public class BulkFilingReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String bulkFilingId;

    @Inject
    @BatchProperty
    private String first;

    @Inject
    @BatchProperty
    private String end;

    @Inject
    private BulkFilingFiles files;

    @Inject
    private BulkLimitsConfig limits;

    @Inject
    private BulkFilingRun run;

    private BulkFile file;
    private PhotoArchive photos;
    private int next;
    private int stop;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long id = Long.parseLong(bulkFilingId);
        BulkLimits bounds = limits.limits();
        try {
            file = BulkFile.reopen(files.file(id), bounds); // checked and counted at the upload
            if (Files.isRegularFile(files.photos(id))) {
                photos = PhotoArchive.reopen(files.photos(id), bounds); // measured at the upload
            } else if (run.withPhotos(id)) { // lost: without it every row would be refused for its photo
                throw new UncheckedIOException(new NoSuchFileException(files.photos(id).toString()));
            }
        } catch (BulkFileException | UncheckedIOException e) {
            try {
                run.filesUnreadable(id); // gone or changed since the upload: a retry would fail the same way
            } catch (RuntimeException noted) {
                e.addSuppressed(noted);
            }
            throw e;
        }
        next = checkpoint instanceof Integer resume ? resume : Integer.parseInt(first);
        stop = Integer.parseInt(end);
        file.skip(next); // the rows of the partitions before this one, or read before the checkpoint
    }

    @Override
    public Object readItem() throws Exception {
        if (next >= stop) {
            return null;
        }
        BulkRow row = file.next();
        if (row == null) {
            return null;
        }
        next++;
        String card = row.values().get("cardNumber");
        byte[] photo = photos == null || card == null || card.isBlank() ? null
                : photos.photoFor(card.strip()).orElse(null);
        return new ReadRow(row, photo);
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
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
