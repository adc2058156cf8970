package jp.ras.batch.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import jp.ras.application.BulkFilingService;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.batch.infrastructure.config.BulkLimitsConfig;
import jp.ras.batch.infrastructure.excel.BulkFile;
import jp.ras.batch.infrastructure.excel.BulkFileException;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.excel.BulkLimits;
import jp.ras.batch.infrastructure.excel.BulkRow;
import jp.ras.batch.infrastructure.excel.PhotoArchive;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;
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

    @Resource
    private SessionContext session;

    /**
     * What became of an upload: started ({@code id}), or held because the organisation sent a file of the same
     * content before (issue 19): {@code sentBefore} says when and under which name, and {@code held} names the files
     * kept for {@link #sendAnyway} or {@link #discard}, which the user chooses between.
     */
    public record Upload(Long id, Instant sentBefore, String sentBeforeName, String held) implements Serializable {

        public boolean started() {
            return id != null;
        }
    }

    /**
     * Checks, registers and starts a bulk filing. {@code photos} may be null. A file whose content the organisation
     * sent before (its SHA-256) is not filed: it is held, and the answer asks.
     */
    public Upload upload(String fileName, InputStream file, InputStream photos) {
        BulkLimits limits = config.limits();
        files.discardStaleHeld();
        Path upload = files.receive(file, limits.maxBytes());
        Path zip = null;
        try {
            Checked summary = check(upload, limits);
            if (photos != null) {
                zip = files.receive(photos, limits.maxInflatedBytes());
                checkPhotos(zip, limits);
            }
            String sha256 = sha256(upload);
            BulkFilingService.Registration registration = service.register(fileName, summary.kind().name(),
                    summary.rows(), zip != null, sha256, false);
            if (!registration.registered()) {
                String held = files.hold(caller(), fileName, upload, zip);
                upload = null;
                zip = null;
                return new Upload(null, registration.sentBefore(), registration.sentBeforeName(), held);
            }
            start(registration.id(), summary, upload, zip);
            return new Upload(registration.id(), null, null, null);
        } finally {
            BulkFilingFiles.deleteQuietly(upload);
            BulkFilingFiles.deleteQuietly(zip);
        }
    }

    /** Issue 19: the user confirms that a held file (see {@link #upload}) is to be filed again; returns its id. */
    public long sendAnyway(String held) {
        BulkFilingFiles.Held files = this.files.held(caller(), held)
                .orElseThrow(() -> RuleViolationException.of(FILE, "heldGone", "B1"));
        try {
            BulkLimits limits = config.limits();
            Checked summary = check(files.file(), limits);
            long id = service.register(files.fileName(), summary.kind().name(), summary.rows(), files.photos() != null,
                    sha256(files.file()), true).id();
            start(id, summary, files.file(), files.photos());
            return id;
        } finally {
            this.files.discard(caller(), held);
        }
    }

    /** Issue 19: the user does not send a held file again: it is deleted, nothing is filed. */
    public void discard(String held) {
        files.discard(caller(), held);
    }

    private void start(long id, Checked summary, Path upload, Path zip) {
        files.keep(id, upload, zip);
        jobs.startBulkFiling(id, summary.kind().name(), config.chunkSize());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** The SHA-256 of a file's content, in hex: the same file sent again has the same. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Restarts the caller's organisation's interrupted bulk filing from its last checkpoint; when the batch runtime
     * no longer knows its execution (Payara Micro's job repository does not outlive the server), a new job goes
     * through the file and skips the rows already recorded. The filing shows as waiting for its job at once
     * (issue 19), and keeps the trace that it was resumed.
     */
    public void restart(long id) {
        long execution = service.resuming(id);
        try {
            jobs.restartBulkFiling(id, execution, service.mine(id).kind(), config.chunkSize());
        } catch (RuntimeException e) {
            service.resumeFailed(id);
            throw e;
        }
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
        return service.fileWithPhoto(id, BulkFilingItems.item(kind,
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
