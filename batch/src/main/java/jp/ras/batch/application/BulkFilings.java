package jp.ras.batch.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.ras.application.BulkFilingService;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.batch.infrastructure.excel.BulkFile;
import jp.ras.batch.infrastructure.excel.BulkFileException;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.excel.BulkLimits;
import jp.ras.batch.infrastructure.excel.BulkRow;
import jp.ras.batch.infrastructure.excel.PhotoArchive;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;
import jp.ras.batch.interfaces.bulk.BulkFilingProcessor;
import jp.ras.batch.interfaces.bulk.BulkLimitsConfig;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.shared.RuleViolationException;

/**
 * B1: an organisation user or agent uploads a filled template (or its CSV) and, optionally, a ZIP of photos. The
 * whole file is checked before anything is stored — a bad file changes nothing and gets one clear error — then
 * it is registered and its bulk-filing job started. A row refused for its face photo only may get its photo
 * afterwards, which files it.
 */
@Stateless
@RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkFilings {

    /** The field bad files are reported on. */
    public static final String FILE = "file";
    public static final String PHOTOS = "photos";

    @Inject
    private BulkFilingFiles files;

    @Inject
    private BulkLimitsConfig config;

    @Inject
    private BulkFilingService service;

    @Inject
    private BatchJobs jobs;

    /** Checks, registers and starts a bulk filing; returns its id. {@code photos} may be null. */
    public long upload(String fileName, InputStream file, InputStream photos) {
        BulkLimits limits = config.limits();
        Path upload = files.receive(file, limits.maxBytes());
        Path zip = null;
        try {
            Checked summary = check(upload, limits);
            if (photos != null) {
                zip = files.receive(photos, limits.maxInflatedBytes());
                checkPhotos(zip, limits);
            }
            long id = service.register(fileName, summary.kind().name(), summary.rows(), zip != null);
            files.keep(id, upload, zip);
            jobs.startBulkFiling(id, summary.kind().name(), config.chunkSize());
            return id;
        } finally {
            BulkFilingFiles.deleteQuietly(upload);
            BulkFilingFiles.deleteQuietly(zip);
        }
    }

    /**
     * Restarts the caller's organisation's interrupted bulk filing from its last checkpoint; when the batch runtime
     * no longer knows its execution (Payara Micro's job repository does not outlive the server), a new job goes
     * through the file and skips the rows already recorded.
     */
    public void restart(long id) {
        long execution = service.interruptedExecution(id)
                .orElseThrow(() -> RuleViolationException.of(FILE, "jobNotRestartable", null));
        jobs.restartBulkFiling(id, execution, service.mine(id).kind(), config.chunkSize());
    }

    /**
     * B1, AP8: attaches a face photo to a row of a completed bulk filing that awaits one, and files the row: its
     * cells as uploaded, parsed again by the job's parser, through the same rules as the job and the screen.
     *
     * @throws RuleViolationException with every rule the row breaks now (its photo's on field {@code photo}), or on
     *         field {@code row} when the row awaits no photo; nothing is stored then
     */
    public ResidenceApplicationService.Filed attachPhoto(long id, int rowNumber, byte[] photo) {
        BulkKind kind = BulkKind.valueOf(service.mine(id).kind());
        BulkFilingService.AwaitingPhoto row = service.awaitingPhoto(id, rowNumber);
        return service.fileWithPhoto(id, BulkFilingProcessor.item(kind,
                BulkRow.ofJson(row.rowNumber(), row.cellsJson()), row.cellsJson(), photo));
    }

    private record Checked(BulkKind kind, int rows) {
    }

    /** B1: the whole file is read once (streaming) before anything is stored: kind, marker, version, rows. */
    private static Checked check(Path upload, BulkLimits limits) {
        try {
            if (Files.size(upload) > limits.maxBytes()) {
                throw RuleViolationException.of(FILE, "tooLarge", "B1");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BulkFile file = BulkFile.open(upload, limits)) {
            return new Checked(file.kind(), file.rowCount());
        } catch (BulkFileException e) {
            throw RuleViolationException.of(FILE, e.key(), "B1");
        }
    }

    private static void checkPhotos(Path zip, BulkLimits limits) {
        try (PhotoArchive archive = PhotoArchive.open(zip, limits)) {
            if (archive.cardNumbers().isEmpty()) {
                throw RuleViolationException.of(PHOTOS, "photosNone", "AP8");
            }
        } catch (BulkFileException e) {
            throw RuleViolationException.of(PHOTOS, e.key(), "AP8");
        }
    }
}
