package jp.ras.interfaces.web.application;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import jp.ras.application.NotFoundException;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.infrastructure.documents.UploadedDocuments;
import jp.ras.interfaces.web.shell.Formats;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PageId;

/**
 * app/application.xhtml?id=N: one application of the caller's organisation as filed, its status history (ST1) and,
 * while it is 申請完了 or 審査中, the change of the card receipt method (RC3) with the RC2 refusal on its field.
 * While documents are requested (AP8) it shows the officer's request and takes the documents, with each refusal on
 * the file field; the uploaded documents are always listed. Another organisation's application or an unknown id
 * answers 404.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "receipt";

    static final String DOCUMENTS_FORM = "documents";

    @Inject
    private ResidenceApplicationService applications;

    private long id;

    private ResidenceApplicationService.Detail detail;

    private ReceiptMethod receiptMethod;

    private List<ResidenceApplicationService.Document> documents = List.of();

    private transient Part document;

    /** The page's {@code f:viewAction}: an absent, unknown or foreign application answers 404 (ST1). */
    public void load() {
        if (requestedId == null || !reload(requestedId)) {
            PageId.notFound(FacesContext.getCurrentInstance());
        }
    }

    /** The address's {@code id} ({@code f:viewParam} with {@code ras.pageId}: anything but a positive number is 404). */
    private Long requestedId;

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    private boolean reload(long applicationId) {
        try {
            detail = applications.detail(applicationId);
        } catch (NotFoundException e) {
            return false;
        }
        id = applicationId;
        documents = applications.documents(applicationId);
        receiptMethod = detail.row().receiptMethod();
        return true;
    }

    /**
     * RC4–RC6: what the organisation does next after the decision: collect the card at the office's counter or send
     * the items for the card by post, then (card made) collect it or wait for it; after a denial, whom to ask. Null
     * before the decision.
     */
    public String getNextStep() {
        if (detail == null || detail.decision() == null) {
            return null;
        }
        String office = Messages.text("filing", "office." + detail.officeCode());
        if (!detail.decision().granted()) {
            return Messages.text("filing", "app.nextDenied", office);
        }
        boolean post = detail.row().receiptMethod() == ReceiptMethod.POST;
        return switch (detail.row().status()) {
            case COMPLETED -> Messages.text("filing", "app.nextCompleted");
            case CARD_READY -> post ? Messages.text("filing", "app.nextReadyPost")
                    : Messages.text("filing", "app.nextReadyCounter", office);
            default -> Messages.text("filing", post ? "app.nextPost" : "app.nextCounter", office);
        };
    }

    /** RC3: changes the receipt method; RC2 and RC3 refusals go on the receipt method field. */
    public void changeReceiptMethod() {
        ReceiptMethod wanted = receiptMethod;
        String label = wanted == null ? "" : Messages.text("filing", "receiptMethod." + wanted.name());
        if (wanted != null && wanted == detail.row().receiptMethod()) {
            Messages.info("filing", "app.unchanged", label);
            return;
        }
        if (Messages.attempt(FORM, () -> applications.changeReceiptMethod(id, wanted))) {
            reload(id);
            Messages.info("filing", "app.changed", label);
        }
    }

    /** AP8: uploads the chosen document; every refusal goes on the file field. */
    public void uploadDocument() {
        String fileName = document == null ? null : document.getSubmittedFileName();
        byte[] content = read(document);
        if (Messages.attempt(DOCUMENTS_FORM, () -> applications.uploadDocument(id, fileName, content))) {
            reload(id);
            Messages.info("filing", "app.documentUploaded", fileName);
        }
    }

    /** The uploaded bytes, never more than the limit plus one byte (refused as too large); null when none. */
    private static byte[] read(Part part) {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) UploadedDocuments.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                part.delete();
            } catch (IOException | RuntimeException e) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }

    /** AP8: the officer asked for documents; they may be uploaded. */
    public boolean isDocumentsRequested() {
        return detail != null && detail.row().status() == ApplicationStatus.DOCUMENTS_REQUESTED;
    }

    public List<ResidenceApplicationService.Document> getDocuments() {
        return documents;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    /** The status history, oldest first, with RAS's own notes in the page's language (AP11). */
    public List<HistoryNotes.Line> getHistory() {
        return detail == null ? List.of()
                : HistoryNotes.of(detail.history(), (key, args) -> Messages.text("filing", key, args),
                        Formats.pageLocale());
    }

    /** RC3: the receipt method may still be changed. */
    public boolean isChangeable() {
        return detail != null && detail.row().status().allowsReceiptMethodChange();
    }

    public ResidenceApplicationService.Detail getDetail() {
        return detail;
    }

    public ReceiptMethod[] getReceiptMethods() {
        return ReceiptMethod.values();
    }

    public ReceiptMethod getReceiptMethod() {
        return receiptMethod;
    }

    public void setReceiptMethod(ReceiptMethod receiptMethod) {
        this.receiptMethod = receiptMethod;
    }
}
