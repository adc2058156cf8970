package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.application.ApplicationDocument;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.FilingWindow;
import jp.ras.domain.model.application.PeriodOfStay;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;
import jp.ras.infrastructure.documents.UploadedDocuments;
import jp.ras.infrastructure.print.CarryNotes;

/**
 * Filing and following residence applications (AP1–AP12, RN1, ST1, RC1–RC3) for organisation users and agents.
 * Every method acts on the caller's own organisation: another organisation's application is "not found".
 */
@Stateless
@RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
public class ResidenceApplicationService {

    /** The largest page the list asks for. */
    public static final int MAX_PAGE = 100;

    @Inject
    private ResidenceApplicationRepository applications;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Filing filing;

    @Inject
    private UploadedDocuments documents;

    @Inject
    private CarryNotes carryNotes;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public record Filed(long id, String provisionalNumber, LocalDate acceptanceDate, ApplicationStatus status)
            implements Serializable {
    }

    /**
     * A line of the application list. The card number is masked as on every public-tier screen; with the expiry it
     * tells namesakes and a person's several applications apart without opening each (issue 19).
     */
    public record Row(long id, String provisionalNumber, String receiptNumber, String nameRoman,
            String statusOfResidence, LocalDate acceptanceDate, ApplicationStatus status, ReceiptMethod receiptMethod,
            String maskedCardNumber, LocalDate stayExpiry) implements Serializable {
    }

    public record Page(List<Row> rows, long total) implements Serializable {
    }

    /** A document of an application, without its content. */
    public record Document(long id, String fileName, String mediaType, long sizeBytes, String uploadedBy,
            Instant uploadedAt) implements Serializable {

        static Document of(ApplicationDocument d) {
            return new Document(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getUploadedBy(),
                    d.getUploadedAt());
        }
    }

    public record Event(Instant at, ApplicationStatus status, String actor, String note) implements Serializable {
    }

    public record Detail(Row row, String nationality, LocalDate stayExpiry, String periodOfStay, String officeCode,
            String filedBy, String applicantMail, String reEntry, boolean activityPermission, String desiredPeriod,
            String reason, boolean kanjiRequested, String kanjiName, List<Event> history, String documentsMessage,
            LocalDate documentsDue, Decision decision) implements Serializable {
    }

    /**
     * The decision as the organisation sees it: granted (許可) with the new period and expiry, or denied (不許可);
     * null before the decision.
     */
    public record Decision(boolean granted, String period, LocalDate newExpiry, LocalDate decidedOn)
            implements Serializable {
    }

    /**
     * AP1–AP9, RC1, RC2, RN1, AP3: files an extension for a person on the caller's organisation's roster, with the
     * face photo. One transaction stores the application, its acceptance date (the Japan date of filing), the
     * provisional receipt number, the audit entry and the mails to the user and to the applicant.
     */
    public Filed file(Long rosterEntryId, ResidenceApplication.Form form, byte[] photo) {
        UserAccount me = me();
        Organisation organisation = organisations.find(me.getOrganisation().getId()).orElseThrow();
        return filing.file(me, organisation, person(organisation, rosterEntryId, form, photo), form, photo);
    }

    /**
     * The filing form's review step (確認画面): every rule {@link #file} checks, each broken one on its field (AP9);
     * nothing is stored.
     */
    public void check(Long rosterEntryId, ResidenceApplication.Form form, byte[] photo) {
        UserAccount me = me();
        Organisation organisation = organisations.find(me.getOrganisation().getId()).orElseThrow();
        filing.check(me, organisation, person(organisation, rosterEntryId, form, photo), form, photo);
    }

    /**
     * The person filed for; none chosen, or one not on this organisation's current roster (AP2: unknown, whoever
     * they are), is refused together with every other broken field (AP9).
     */
    private RosterEntry person(Organisation organisation, Long rosterEntryId, ResidenceApplication.Form form,
            byte[] photo) {
        RosterEntry entry = rosterEntryId == null ? null : organisations.rosterEntry(organisation, rosterEntryId)
                .filter(RosterEntry::isCurrent).orElse(null);
        if (entry == null) {
            filing.refuseWithoutPerson(rosterEntryId == null
                    ? RuleViolationException.of("person", "required", "AP2")
                    : RuleViolationException.of("person", "personUnknown", "AP2"), form, photo);
        }
        return entry;
    }

    /**
     * The filing form's verdict on a person of the caller's roster before filing: the days on which the extension
     * may be filed online (AP4, AP5) and what refuses it today (PR5, AP2, AP4–AP6, AP13), from the same rules
     * filing checks ({@link ResidenceApplication#refusals}). Empty refusals: it may be filed today (as far as the
     * person goes; the form's own fields are checked at filing).
     */
    public record Outlook(LocalDate opens, LocalDate closes, List<Violation> refusals) implements Serializable {

        public boolean fileable() {
            return refusals.isEmpty();
        }
    }

    /** The {@link Outlook} of one entry of the caller's organisation's current roster (AP2: unknown otherwise). */
    public Outlook outlook(long rosterEntryId) {
        Organisation organisation = organisations.find(me().getOrganisation().getId()).orElseThrow();
        RosterEntry entry = organisations.rosterEntry(organisation, rosterEntryId).filter(RosterEntry::isCurrent)
                .orElseThrow(() -> RuleViolationException.of("person", "personUnknown", "AP2"));
        LocalDate expiry = entry.getPerson().getStayExpiry();
        PeriodOfStay period = ResidenceApplication.periodOfStay(entry.getPerson());
        return new Outlook(FilingWindow.opens(expiry, period), FilingWindow.closes(expiry),
                ResidenceApplication.refusals(organisation, entry, applications.eligibility(),
                        applications.undecidedOf(entry), JapanTime.today(clock)));
    }

    /** ST1: the caller's organisation's applications, newest first; {@code status} null for all. */
    public Page mine(ApplicationStatus status, int first, int size) {
        Organisation organisation = me().getOrganisation();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        List<Row> rows = applications.pageOf(organisation, status, Math.max(0, first), pageSize).stream()
                .map(ResidenceApplicationService::row).toList();
        return new Page(rows, applications.countOf(organisation, status));
    }

    /** ST1: one application of the caller's organisation with its full history. */
    public Detail detail(long id) {
        ResidenceApplication a = mineOrNotFound(id);
        List<Event> history = a.getHistory().stream()
                .map(e -> new Event(e.getOccurredAt(), e.getStatus(), e.getActor(), e.getNote())).toList();
        return new Detail(row(a), a.getPerson().getNationality(), a.getPerson().getStayExpiry(),
                a.getPerson().getPeriodOfStay(), a.getOffice().getCode(), a.getFiledBy(), a.getApplicantMail(),
                a.getReEntry().name(), a.isActivityPermission(), a.getDesiredPeriod(), a.getReason(),
                a.isKanjiRequested(), a.getKanjiName(), history, a.getDocumentsMessage(), a.getDocumentsDue(),
                a.getGranted() == null ? null
                        : new Decision(a.getGranted(), a.getGrantedPeriod(), a.getNewExpiry(), a.getDecidedOn()));
    }

    /**
     * AP8: uploads a document the officer asked for (PDF, JPEG or PNG; 10 MB each, 25 MB per application), only
     * while documents are requested.
     */
    public Document uploadDocument(long id, String fileName, byte[] content) {
        ResidenceApplication application = mineOrNotFound(id);
        String name = fileName == null ? null : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        String mediaType = documents.check(name, content, applications.storedDocumentBytes(id));
        String user = me().getAuthId();
        application.documentUploaded(user, name, clock.instant());
        ApplicationDocument document = new ApplicationDocument(id, name, mediaType, content, user, clock.instant());
        applications.addDocument(document);
        audit.record(AuditAction.DOCUMENT_UPLOADED, target(application), name + " (" + content.length + " bytes)");
        return Document.of(document);
    }

    /** AP8: the documents uploaded for one of the caller's organisation's applications. */
    public List<Document> documents(long id) {
        mineOrNotFound(id);
        return applications.documentsOf(id).stream().map(Document::of).toList();
    }

    /** RC8: the printable note the applicant carries with the card's colour copy while the card is away. */
    public byte[] carryNote(long id) {
        ResidenceApplication a = mineOrNotFound(id);
        UserAccount filer = accounts.find(a.getFiledBy()).orElseGet(this::me);
        return carryNotes.print(new CarryNotes.Note(a.getPerson().getNameRoman(), a.getPerson().getCardNumber(),
                a.getOrganisation().getName(), filer.getDisplayName(), filer.getPhone(), a.getAcceptanceDate(),
                number(a), a.getReceiptNumber() == null));
    }

    /** RC3: changes the card receipt method while FILED or UNDER_REVIEW; the change is mailed. */
    public void changeReceiptMethod(long id, ReceiptMethod method) {
        ResidenceApplication application = mineOrNotFound(id);
        if (method == null) {
            throw RuleViolationException.of("receiptMethod", "required", "RC1");
        }
        UserAccount me = me();
        application.changeReceiptMethod(method, me.getAuthId(), JapanTime.today(clock), clock.instant());
        audit.record(AuditAction.RECEIPT_METHOD_CHANGED, target(application), method.name());
        outbox.queue(me.getMailAddress(), me.getLocale(), "receipt-method-changed", Map.of("name",
                me.getDisplayName(), "number", number(application), "method", method.name(),
                "office", application.getOffice().getName(me.getLocale())));
    }

    private ResidenceApplication mineOrNotFound(long id) {
        return applications.findOf(me().getOrganisation(), id)
                .orElseThrow(() -> new NotFoundException("application " + id));
    }

    private UserAccount me() {
        String authId = session.getCallerPrincipal().getName();
        return accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId));
    }

    static String target(ResidenceApplication application) {
        return "application:" + application.getId();
    }

    static String number(ResidenceApplication a) {
        return a.getReceiptNumber() != null ? a.getReceiptNumber() : a.getProvisionalNumber();
    }

    static Row row(ResidenceApplication a) {
        return new Row(a.getId(), a.getProvisionalNumber(), a.getReceiptNumber(), a.getPerson().getNameRoman(),
                a.getPerson().getStatusOfResidence(), a.getAcceptanceDate(), a.getStatus(), a.getReceiptMethod(),
                a.getPerson().maskedCardNumber(), a.getPerson().getStayExpiry());
    }
}
