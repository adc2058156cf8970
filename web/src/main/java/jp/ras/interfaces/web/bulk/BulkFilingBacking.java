package jp.ras.interfaces.web.bulk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.ras.application.BulkFilingService;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.batch.application.BulkFilings;
import jp.ras.batch.infrastructure.excel.BulkColumn;
import jp.ras.batch.infrastructure.excel.BulkRow;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.bulk.BulkFilingState;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.application.PhotoUpload;
import jp.ras.interfaces.web.shell.Messages;

/**
 * B1, B2: the bulk-filing screen — the template to download, the upload of a filled one (with a ZIP of photos), and
 * the organisation's bulk filings with their progress (rows done, filed, refused), refreshed while one runs. For a
 * completed filing, the rows refused for their face photo only are listed and get their photo one at a time (B1,
 * AP8), which files them.
 */
@Named
@ViewScoped
public class BulkFilingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "upload";

    static final String PHOTO_FORM = "attach";

    /** Most rows awaiting a photo listed at once; the next ones come up as photos are attached. */
    static final int MAX_AWAITING = 100;

    /** B1: a row awaiting its face photo, as the user typed it. */
    public record AwaitingRow(int rowNumber, String name, String cardNumber) implements Serializable {
    }

    @Inject
    private BulkFilings bulkFilings;

    @Inject
    private BulkFilingService service;

    private transient Part file;
    private transient Part photos;
    private List<BulkFilingService.Summary> filings;

    /** Issue 19: an upload of a file sent before, held until the user says whether to file it again. */
    private BulkFilings.Upload held;
    private String heldName;

    /** The filing whose rows awaiting a photo are shown, or null. */
    private Long photosFor;
    private List<AwaitingRow> awaiting = List.of();
    private Integer row;
    private transient Part photo;

    @PostConstruct
    void load() {
        filings = service.mine(20);
    }

    public void upload() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            Messages.violations(FORM, RuleViolationException.of(BulkFilings.FILE, "fileMissing", "B1"));
            return;
        }
        if (file.getSize() <= 0) {
            Messages.violations(FORM, RuleViolationException.of(BulkFilings.FILE, "fileEmpty", "B1"));
            return;
        }
        String name = file.getSubmittedFileName();
        discardHeld();
        try (InputStream in = file.getInputStream();
                InputStream zip = photos == null || photos.getSize() <= 0 ? null : photos.getInputStream()) {
            AtomicReference<BulkFilings.Upload> upload = new AtomicReference<>();
            if (Messages.attempt(FORM, () -> upload.set(bulkFilings.upload(name, in, zip)))) {
                if (upload.get().started()) {
                    Messages.info("bulk", "bulk.uploaded", name);
                    load();
                } else {
                    held = upload.get();
                    heldName = name;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
            delete(photos);
        }
    }

    /** Issue 19: the same file was sent before, and the user files it again all the same. */
    public void sendAnyway() {
        if (held == null) {
            return;
        }
        String token = held.held();
        String name = heldName;
        held = null;
        heldName = null;
        if (Messages.attempt(FORM, () -> bulkFilings.sendAnyway(token))) {
            Messages.info("bulk", "bulk.uploaded", name);
        }
        load();
    }

    /** Issue 19: the same file was sent before, and the user does not send it again: nothing is filed. */
    public void cancelHeld() {
        String name = heldName;
        discardHeld();
        Messages.info("bulk", "bulk.heldCancelled", name);
    }

    private void discardHeld() {
        if (held != null) {
            String token = held.held();
            held = null;
            heldName = null;
            bulkFilings.discard(token);
        }
    }

    /** The upload that waits for the user's answer (the same file was sent before), or null. */
    public BulkFilings.Upload getHeld() {
        return held;
    }

    public String getHeldName() {
        return heldName;
    }

    public void restart(long id) {
        if (Messages.attempt("filings", () -> bulkFilings.restart(id))) {
            Messages.info("bulk", "bulk.restarted", id);
        }
        load();
    }

    /** B1: shows the rows of filing {@code id} that await their face photo. */
    public void showPhotos(long id) {
        photosFor = id;
        row = null;
        loadAwaiting();
    }

    public void hidePhotos() {
        photosFor = null;
        awaiting = List.of();
        row = null;
    }

    /** B1, AP8: attaches the chosen photo to the chosen row, which files it; errors go on their fields. */
    public void attachPhoto() {
        byte[] upload = PhotoUpload.read(photo);
        photo = null;
        if (photosFor == null) {
            return;
        }
        if (row == null) {
            Messages.violations(PHOTO_FORM, RuleViolationException.of("row", "rowChoose", "B1"));
            return;
        }
        int rowNumber = row;
        AtomicReference<ResidenceApplicationService.Filed> filed = new AtomicReference<>();
        if (Messages.attempt(PHOTO_FORM, () -> filed.set(bulkFilings.attachPhoto(photosFor, rowNumber, upload)))) {
            Messages.info("bulk", "bulk.photoFiled", rowNumber, filed.get().provisionalNumber());
            row = null;
        }
        load();
        loadAwaiting();
    }

    private void loadAwaiting() {
        awaiting = service.awaitingPhoto(photosFor, 0, MAX_AWAITING).stream().map(a -> {
            BulkRow cells = BulkRow.ofJson(a.rowNumber(), a.cellsJson());
            return new AwaitingRow(a.rowNumber(), cells.value(BulkColumn.NAME_ROMAN),
                    cells.value(BulkColumn.CARD_NUMBER));
        }).toList();
    }

    /** The filing whose rows awaiting a photo are shown. */
    public BulkFilingService.Summary getPhotosFiling() {
        if (photosFor == null) {
            return null;
        }
        return filings.stream().filter(f -> f.id() == photosFor).findFirst()
                .orElseGet(() -> service.mine(photosFor));
    }

    /** A row's choice in the list of rows awaiting a photo. */
    public String label(AwaitingRow w) {
        return Messages.text("bulk", "bulk.awaitingOption", w.rowNumber(), w.name(), w.cardNumber());
    }

    /** Polled while a filing is queued or running. */
    public void refresh() {
        load();
    }

    /** Whether a filing is queued or running, so the page keeps refreshing its progress. */
    public boolean isRunning() {
        return filings.stream().anyMatch(f -> f.state() == BulkFilingState.QUEUED
                || f.state() == BulkFilingState.RUNNING);
    }

    /** Issue 19: how often RAS restarts a failed filing by itself before a person must. */
    public int getMaxAutomaticRestarts() {
        return BulkFiling.MAX_AUTOMATIC_RESTARTS;
    }

    public List<BulkFilingService.Summary> getFilings() {
        return filings;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Part getPhotos() {
        return photos;
    }

    public void setPhotos(Part photos) {
        this.photos = photos;
    }

    public Long getPhotosFor() {
        return photosFor;
    }

    public List<AwaitingRow> getAwaiting() {
        return awaiting;
    }

    public Integer getRow() {
        return row;
    }

    public void setRow(Integer row) {
        this.row = row;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    private static void delete(Part part) {
        if (part != null) {
            try {
                part.delete();
            } catch (IOException | RuntimeException e) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }
}
