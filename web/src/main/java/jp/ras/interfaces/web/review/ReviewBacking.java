package jp.ras.interfaces.web.review;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.ras.application.NotFoundException;
import jp.ras.application.OfficerApplicationService;
import jp.ras.application.OfficerApplicationService.Detail;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.application.UnknownAccountException;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.CardReceiver;
import jp.ras.domain.model.application.PostHandOver;
import jp.ras.domain.model.application.WithdrawnPart;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.interfaces.web.application.HistoryNotes;
import jp.ras.interfaces.web.shell.Formats;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PageId;

/**
 * One residence application under review, {@code ?id=N} (unknown: 404): everything filed, the photo and the
 * documents the user uploaded (AP8), the history (ST1), and the actions its status allows: review, assignment,
 * documents (AP8), the decision (supervisors), withdrawal (ST3), the card made (RC6) and handed over by post
 * (RC5–RC7) or at the counter (RC4, RC7).
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfficerApplicationService applications;

    @Inject
    private FacesContext facesContext;

    private long id;
    private Detail detail;
    private List<ResidenceApplicationService.Document> documents = List.of();
    private int feeYen;

    private String officerAuthId;
    private String message;
    private LocalDate due;
    private String note;
    private String grantedPeriod;
    private LocalDate newExpiry;
    private String reason;
    private WithdrawnPart part;
    private String request;
    private boolean itemsAtThisOffice;
    private boolean feeFormSigned;
    private Integer postStampsYen;
    private String dispatchedTo;
    private LocalDate deliveredOn;
    private boolean postOldCardPunched;
    private CardReceiver receiver;
    private String documentsSeen;
    private Integer counterStampsYen;
    private boolean counterOldCardPunched;

    /** The page's {@code f:viewAction}: an absent or unknown application answers 404. */
    public void load() {
        if (requestedId == null || !open(requestedId)) {
            PageId.notFound(facesContext);
            return;
        }
        feeYen = applications.feeYen();
        // Issue 15: the grant proposes the period the user asked for and the expiry it gives; both editable.
        if (ResidenceTerms.duration(detail.desiredPeriod()).isPresent()) {
            grantedPeriod = detail.desiredPeriod().strip();
        }
        proposeExpiry();
    }

    /** Issue 15: the expiry the period gives (the current expiry plus the period), when the period is one. */
    public void proposeExpiry() {
        if (detail != null) {
            ResidenceTerms.expiryAfter(detail.person().getStayExpiry(), grantedPeriod)
                    .ifPresent(proposed -> newExpiry = proposed);
        }
    }

    private boolean open(long applicationId) {
        try {
            detail = applications.detail(applicationId);
            documents = applications.documents(applicationId);
            id = applicationId;
            return true;
        } catch (NotFoundException e) {
            detail = null;
            documents = List.of();
            return false;
        }
    }

    /** FILED → UNDER_REVIEW, assigned to the caller unless already assigned. */
    public void startReview() {
        done("start", () -> applications.startReview(id), "review.started");
    }

    public void assign() {
        try {
            done("assign", () -> applications.assign(id, officerAuthId), "review.assigned", officerAuthId);
            officerAuthId = null;
        } catch (UnknownAccountException e) {
            facesContext.addMessage("assign:officerAuthId", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("officer", "review.unknownOfficer"), null));
            facesContext.validationFailed();
        }
    }

    /** AP8: documents asked for with a message and a due date after today; the user is mailed. */
    public void requestDocuments() {
        if (done("documents", () -> applications.requestDocuments(id, message, due), "review.documentsRequested")) {
            message = null;
            due = null;
        }
    }

    public void resumeReview() {
        if (done("resume", () -> applications.resumeReview(id, note), "review.resumed")) {
            note = null;
        }
    }

    /** The history with RAS's own notes in the page's language (AP11); an officer's words as typed. */
    public List<HistoryNotes.Line> getHistory() {
        return detail == null ? List.of() : HistoryNotes.of(detail.history(),
                (key, args) -> Messages.text("filing", key, args), Formats.pageLocale());
    }

    /** Supervisors: granted with the new period and an expiry after the current one. */
    public void grant() {
        done("grant", () -> applications.grant(id, grantedPeriod, newExpiry), "review.granted");
    }

    public void deny() {
        done("deny", () -> applications.deny(id, reason), "review.denied");
    }

    /** ST3: the whole application, or only its re-entry or activity part, on the recorded request. */
    public void withdraw() {
        if (done("withdraw", () -> applications.withdraw(id, part, request), "review.withdrawn")) {
            part = null;
            request = null;
        }
    }

    /** RC6: the card is made; the user is mailed. */
    public void cardReady() {
        done("card", () -> applications.cardReady(id), "review.cardMadeDone");
    }

    /** RC5, RC6, RC7. */
    public void handOverByPost() {
        done("post", () -> applications.handOverByPost(id, PostHandOver.builder().itemsAtThisOffice(itemsAtThisOffice)
                .feeFormSigned(feeFormSigned).stampsYen(yen(postStampsYen)).dispatchedTo(dispatchedTo)
                .deliveredOn(deliveredOn).oldCardPunchedAndReturned(postOldCardPunched).build()), "review.handedOver");
    }

    /** RC4, RC7. */
    public void handOverAtCounter() {
        done("counter", () -> applications.handOverAtCounter(id, receiver, documentsSeen, yen(counterStampsYen),
                counterOldCardPunched), "review.handedOver");
    }

    private static int yen(Integer stamps) {
        return stamps == null ? 0 : stamps;
    }

    /** Runs the step for form {@code formId}; on success tells so and shows the application as it is now. */
    private boolean done(String formId, Runnable step, String doneKey, Object... args) {
        boolean ok = Messages.attempt(formId, step);
        if (ok) {
            Messages.info("officer", doneKey, args);
        }
        if (!open(id)) {
            PageId.notFound(facesContext);
        }
        return ok;
    }

    /** The address's {@code id} ({@code f:viewParam} with {@code ras.pageId}: anything but a positive number is 404). */
    private Long requestedId;

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    private ApplicationStatus status() {
        return detail.row().status();
    }

    private boolean beforeDecision() {
        return status() == ApplicationStatus.FILED || status() == ApplicationStatus.UNDER_REVIEW
                || status() == ApplicationStatus.DOCUMENTS_REQUESTED;
    }

    public boolean isCanStart() {
        return status() == ApplicationStatus.FILED;
    }

    public boolean isCanAssign() {
        return beforeDecision();
    }

    public boolean isCanRequestDocuments() {
        return status() == ApplicationStatus.UNDER_REVIEW;
    }

    public boolean isCanResume() {
        return status() == ApplicationStatus.DOCUMENTS_REQUESTED;
    }

    /** The page also asks for the supervisor role. */
    public boolean isCanDecide() {
        return status() == ApplicationStatus.UNDER_REVIEW;
    }

    public boolean isCanWithdraw() {
        return beforeDecision();
    }

    public boolean isCanMakeCard() {
        return status() == ApplicationStatus.DECIDED && Boolean.TRUE.equals(detail.granted());
    }

    /** RC5: by post only when the user chose post (RC1, RC3); the counter is always open. */
    public boolean isCanHandOverByPost() {
        return status() == ApplicationStatus.CARD_READY && "POST".equals(detail.receiptMethod());
    }

    public boolean isCanHandOverAtCounter() {
        return status() == ApplicationStatus.CARD_READY;
    }

    public WithdrawnPart[] getParts() {
        return WithdrawnPart.values();
    }

    public CardReceiver[] getReceivers() {
        return CardReceiver.values();
    }

    public long getId() {
        return id;
    }

    public Detail getDetail() {
        return detail;
    }

    /** AP8: what the user uploaded, oldest first. */
    public List<ResidenceApplicationService.Document> getDocuments() {
        return documents;
    }

    public int getFeeYen() {
        return feeYen;
    }

    public int getStandardMinDays() {
        return OfficerApplicationService.STANDARD_MIN_DAYS;
    }

    public int getStandardMaxDays() {
        return OfficerApplicationService.STANDARD_MAX_DAYS;
    }

    public String getOfficerAuthId() {
        return officerAuthId;
    }

    public void setOfficerAuthId(String officerAuthId) {
        this.officerAuthId = officerAuthId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getGrantedPeriod() {
        return grantedPeriod;
    }

    public void setGrantedPeriod(String grantedPeriod) {
        this.grantedPeriod = grantedPeriod;
    }

    public LocalDate getNewExpiry() {
        return newExpiry;
    }

    public void setNewExpiry(LocalDate newExpiry) {
        this.newExpiry = newExpiry;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public WithdrawnPart getPart() {
        return part;
    }

    public void setPart(WithdrawnPart part) {
        this.part = part;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public boolean isItemsAtThisOffice() {
        return itemsAtThisOffice;
    }

    public void setItemsAtThisOffice(boolean itemsAtThisOffice) {
        this.itemsAtThisOffice = itemsAtThisOffice;
    }

    public boolean isFeeFormSigned() {
        return feeFormSigned;
    }

    public void setFeeFormSigned(boolean feeFormSigned) {
        this.feeFormSigned = feeFormSigned;
    }

    public Integer getPostStampsYen() {
        return postStampsYen;
    }

    public void setPostStampsYen(Integer postStampsYen) {
        this.postStampsYen = postStampsYen;
    }

    public String getDispatchedTo() {
        return dispatchedTo;
    }

    public void setDispatchedTo(String dispatchedTo) {
        this.dispatchedTo = dispatchedTo;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public boolean isPostOldCardPunched() {
        return postOldCardPunched;
    }

    public void setPostOldCardPunched(boolean postOldCardPunched) {
        this.postOldCardPunched = postOldCardPunched;
    }

    public CardReceiver getReceiver() {
        return receiver;
    }

    public void setReceiver(CardReceiver receiver) {
        this.receiver = receiver;
    }

    public String getDocumentsSeen() {
        return documentsSeen;
    }

    public void setDocumentsSeen(String documentsSeen) {
        this.documentsSeen = documentsSeen;
    }

    public Integer getCounterStampsYen() {
        return counterStampsYen;
    }

    public void setCounterStampsYen(Integer counterStampsYen) {
        this.counterStampsYen = counterStampsYen;
    }

    public boolean isCounterOldCardPunched() {
        return counterOldCardPunched;
    }

    public void setCounterOldCardPunched(boolean counterOldCardPunched) {
        this.counterOldCardPunched = counterOldCardPunched;
    }
}
