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
import jp.ras.application.BulkFilingService;
import jp.ras.batch.application.BulkFilings;
import jp.ras.domain.model.bulk.BulkFilingState;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * B1, B2: the bulk-filing screen — the template to download, the upload of a filled one (with a ZIP of photos), and
 * the organisation's bulk filings with their progress (rows done, filed, refused), refreshed while one runs.
 */
@Named
@ViewScoped
public class BulkFilingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "upload";

    @Inject
    private BulkFilings bulkFilings;

    @Inject
    private BulkFilingService service;

    private transient Part file;
    private transient Part photos;
    private List<BulkFilingService.Summary> filings;

    @PostConstruct
    void load() {
        filings = service.mine(20);
    }

    public void upload() {
        if (file == null || file.getSize() <= 0) {
            Messages.violations(FORM, RuleViolationException.of(BulkFilings.FILE, "empty", "B1"));
            return;
        }
        String name = file.getSubmittedFileName();
        try (InputStream in = file.getInputStream();
                InputStream zip = photos == null || photos.getSize() <= 0 ? null : photos.getInputStream()) {
            if (Messages.attempt(FORM, () -> bulkFilings.upload(name, in, zip))) {
                Messages.info("bulk", "bulk.uploaded", name);
                load();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
            delete(photos);
        }
    }

    public void restart(long id) {
        if (Messages.attempt("filings", () -> bulkFilings.restart(id))) {
            Messages.info("bulk", "bulk.restarted", id);
        }
        load();
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
