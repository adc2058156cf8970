package jp.ras.domain.model.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jp.ras.domain.model.account.MailAddress;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;
import jp.ras.domain.shared.Violation;

/**
 * 在留期間更新許可申請, filed online for one person on the organisation's roster, optionally with a re-entry permit
 * and/or the comprehensive permission for activity outside status (AP1). The filing rules are checked when it is
 * made ({@link #file}); afterwards it moves through {@link ApplicationStatus}, each step kept in its history.
 */
@Entity
@Table(name = "residence_application")
public class ResidenceApplication {

    public static final int MAX_REASON = TextLimits.LONG_TEXT;

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roster_entry_id", updatable = false)
    private RosterEntry rosterEntry;

    /** The person as the roster showed them at filing. */
    @Embedded
    private ForeignNational person;

    /** The office with jurisdiction over the applicant's address, whose queue it joins. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_code")
    private RegionalOffice office;

    @Column(name = "filed_by", nullable = false, length = 32, updatable = false)
    private String filedBy;

    @Column(name = "applicant_mail", nullable = false, length = TextLimits.MAIL)
    private String applicantMail;

    @Column(name = "applicant_locale", nullable = false, length = 8)
    private String applicantLocale;

    @Enumerated(EnumType.STRING)
    @Column(name = "re_entry", nullable = false, length = 16)
    private ReEntryPermit reEntry;

    @Column(name = "activity_permission", nullable = false)
    private boolean activityPermission;

    @Column(name = "desired_period", nullable = false, length = TextLimits.PERIOD)
    private String desiredPeriod;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    /** AP7: the user confirmed the applicant is in Japan. */
    @Column(name = "presence_confirmed", nullable = false)
    private boolean presenceConfirmed;

    @Enumerated(EnumType.STRING)
    @Column(name = "receipt_method", nullable = false, length = 16)
    private ReceiptMethod receiptMethod;

    @Column(name = "kanji_requested", nullable = false)
    private boolean kanjiRequested;

    @Column(name = "kanji_name", length = TextLimits.NAME)
    private String kanjiName;

    /** AP3: the Japan date it was filed. */
    @Column(name = "acceptance_date", nullable = false, updatable = false)
    private LocalDate acceptanceDate;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    /** RN1: 申請受付仮番号, given at once. */
    @Column(name = "provisional_number", nullable = false, unique = true, length = 32, updatable = false)
    private String provisionalNumber;

    /** RN2: 申請受付番号, given the next Japan day. */
    @Column(name = "receipt_number", unique = true, length = 32)
    private ReceiptNumber receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ApplicationStatus status = ApplicationStatus.FILED;

    @Column(name = "assigned_to", length = 32)
    private String assignedTo;

    @Column(name = "documents_message", length = TextLimits.LONG_TEXT)
    private String documentsMessage;

    @Column(name = "documents_due")
    private LocalDate documentsDue;

    /** The decision: null until DECIDED. */
    @Column(name = "granted")
    private Boolean granted;

    @Column(name = "granted_period", length = TextLimits.PERIOD)
    private String grantedPeriod;

    @Column(name = "new_expiry")
    private LocalDate newExpiry;

    @Column(name = "denial_reason", length = TextLimits.LONG_TEXT)
    private String denialReason;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_part", length = 16)
    private WithdrawnPart withdrawnPart;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_method", length = 16)
    private ReceiptMethod cardMethod;

    @Column(name = "card_received_by", length = 32)
    private String cardReceivedBy;

    @Column(name = "card_documents", length = TextLimits.ADDRESS)
    private String cardDocuments;

    @Column(name = "fee_stamps_yen")
    private Integer feeStampsYen;

    @Column(name = "card_dispatched_to", length = TextLimits.ADDRESS)
    private String cardDispatchedTo;

    /** RC6: by post, the permission takes effect when the card is delivered; at the counter, on handover. */
    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "old_card_punched")
    private Boolean oldCardPunched;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ApplicationEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected ResidenceApplication() {
    }

    /** What the user enters on the filing form (or a row of a bulk file, or an API call). */
    public record Form(ReEntryPermit reEntry, boolean activityPermission, String desiredPeriod, String reason,
            boolean presenceConfirmed, ReceiptMethod receiptMethod, boolean kanjiRequested, String kanjiName,
            String applicantMail, Locale applicantLocale) {
    }

    /**
     * Files an extension for a person on the organisation's roster, checking every filing rule and reporting every
     * broken one on its field (AP9): the organisation may file (PR5), the status is eligible (AP2), the window (AP4,
     * AP5, AP6), presence in Japan (AP7), the receipt method (RC1, RC2), one undecided application per person
     * (AP13: {@code earlier}, the applications filed before for the same roster entry, must all be decided or
     * withdrawn) and the form's own fields.
     */
    public static ResidenceApplication file(Organisation organisation, RosterEntry entry, RegionalOffice office,
            Form form, Collection<EligibleStatus> eligibility, Collection<ResidenceApplication> earlier, String user,
            String provisionalNumber, LocalDate today, Instant now) {
        ForeignNational person = entry.getPerson();
        PeriodOfStay period = periodOfStay(person);
        RuleViolationException.Collector v = new RuleViolationException.Collector();
        v.add(refusals(organisation, entry, eligibility, earlier, today));
        v.add(formViolations(form));
        if (form.receiptMethod() != null) {
            ReceiptMethodPolicy.check(form.receiptMethod(), new ReceiptMethodPolicy.Filing(form.reEntry(),
                    form.activityPermission(), form.kanjiRequested()), ReceiptMethodPolicy.Applicant.of(person, period),
                    today).ifPresent(x -> v.add(List.of(x)));
        }
        v.throwIfAny();
        return filed(organisation, entry, office, form, user, provisionalNumber, today, now);
    }

    /** The form's own fields, whoever the person (AP1, AP7, RC1, RN1, the texts' limits). */
    public static List<Violation> formViolations(Form form) {
        RuleViolationException.Collector v = new RuleViolationException.Collector();
        v.check(form.presenceConfirmed(), "presenceConfirmed", "presence", "AP7")
                .check(form.reEntry() != null, "reEntry", "required", "AP1")
                .check(form.receiptMethod() != null, "receiptMethod", "required", "RC1")
                .check(form.desiredPeriod() != null && !form.desiredPeriod().isBlank(), "desiredPeriod", "required")
                .length(form.desiredPeriod(), "desiredPeriod", TextLimits.PERIOD)
                .check(form.reason() != null && !form.reason().isBlank(), "reason", "required")
                .length(form.reason(), "reason", TextLimits.LONG_TEXT)
                .length(form.applicantMail(), "applicantMail", TextLimits.MAIL)
                .length(form.kanjiName(), "kanjiName", TextLimits.NAME)
                .check(form.applicantMail() != null && MailAddress.isValid(form.applicantMail().strip()),
                        "applicantMail", "mail", "RN1")
                .check(!form.kanjiRequested() || (form.kanjiName() != null && !form.kanjiName().isBlank()),
                        "kanjiName", "required");
        return v.violations();
    }

    private static ResidenceApplication filed(Organisation organisation, RosterEntry entry, RegionalOffice office,
            Form form, String user, String provisionalNumber, LocalDate today, Instant now) {
        ForeignNational person = entry.getPerson();
        ResidenceApplication application = new ResidenceApplication();
        application.organisation = organisation;
        application.rosterEntry = entry;
        application.person = person;
        application.office = office;
        application.filedBy = user;
        application.applicantMail = form.applicantMail().strip();
        application.applicantLocale = (form.applicantLocale() == null ? Locale.ENGLISH : form.applicantLocale())
                .getLanguage();
        application.reEntry = form.reEntry();
        application.activityPermission = form.activityPermission();
        application.desiredPeriod = form.desiredPeriod().strip();
        application.reason = form.reason().strip();
        application.presenceConfirmed = true;
        application.receiptMethod = form.receiptMethod();
        application.kanjiRequested = form.kanjiRequested();
        application.kanjiName = form.kanjiRequested() ? form.kanjiName().strip() : null;
        application.acceptanceDate = today;
        application.filedAt = now;
        application.provisionalNumber = provisionalNumber;
        application.history.add(new ApplicationEvent(application, now, ApplicationStatus.FILED, user, null));
        return application;
    }

    /**
     * Whether the person may be filed for today, before the form: the organisation may file (PR5), the status is
     * eligible (AP2), the window (AP4, AP5, AP6), no undecided application (AP13). Empty when nothing refuses it.
     * Filing ({@link #file}) checks these first, and the filing form's hint shows them beforehand: one verdict.
     */
    public static List<Violation> refusals(Organisation organisation, RosterEntry entry,
            Collection<EligibleStatus> eligibility, Collection<ResidenceApplication> earlier, LocalDate today) {
        ForeignNational person = entry.getPerson();
        PeriodOfStay period = periodOfStay(person);
        List<Violation> refusals = new ArrayList<>();
        if (!organisation.canFile()) {
            refusals.add(Violation.of("organisation", "organisationSuspended", "PR5"));
        }
        EligibleStatus.check(person.getStatusOfResidence(), eligibility).ifPresent(refusals::add);
        if (refusals.isEmpty()) {
            FilingWindow.check(person.getStayExpiry(), period, today).ifPresent(refusals::add);
        }
        undecided(entry, earlier).ifPresent(refusals::add);
        return refusals;
    }

    /**
     * AP13: one undecided application per person and kind. RAS files one kind online, the extension (AP1: a re-entry
     * or activity permission never goes alone, only with it), so any undecided extension of the same roster entry
     * refuses a new one, on the person, naming the application by its number.
     */
    static Optional<Violation> undecided(RosterEntry entry, Collection<ResidenceApplication> earlier) {
        return earlier.stream()
                .filter(a -> a.rosterEntry == entry || (a.rosterEntry != null && entry.getId() != null
                        && entry.getId().equals(a.rosterEntry.getId())))
                .filter(a -> a.status.isUndecided())
                .findFirst()
                .map(a -> Violation.of("person", UNDECIDED + ":" + a.number(), UNDECIDED_RULE));
    }

    /** AP13's message key and rule. */
    public static final String UNDECIDED = "undecidedApplication";
    public static final String UNDECIDED_RULE = "AP13";

    /** The number the user knows it by: the receipt number once given (RN2), else the provisional one (RN1). */
    public String number() {
        return receiptNumber != null ? receiptNumber.value() : provisionalNumber;
    }

    /** RN2: the receipt number, given once. */
    public void numbered(ReceiptNumber number) {
        if (receiptNumber != null) {
            throw new IllegalStateException("application " + id + " already has receipt number " + receiptNumber);
        }
        receiptNumber = Objects.requireNonNull(number);
    }

    /**
     * RC3: the receipt method changes only while FILED or UNDER_REVIEW, and only to one RC2 allows.
     */
    public void changeReceiptMethod(ReceiptMethod method, String user, LocalDate today, Instant now) {
        if (!status.allowsReceiptMethodChange()) {
            throw RuleViolationException.of("receiptMethod", "receiptMethodLocked", "RC3");
        }
        ReceiptMethodPolicy.check(method, new ReceiptMethodPolicy.Filing(reEntry, activityPermission, kanjiRequested),
                ReceiptMethodPolicy.Applicant.of(person, periodOfStay(person)), today).ifPresent(x -> {
                    throw new RuleViolationException(List.of(x));
                });
        receiptMethod = method;
        history.add(new ApplicationEvent(this, now, status, user, "receipt method: " + method));
    }

    /** The person's period of stay as the roster holds it, read in this one place; null when it is none (永住者). */
    public static PeriodOfStay periodOfStay(ForeignNational person) {
        return PeriodOfStay.parse(person.getPeriodOfStay()).orElse(null);
    }

    /** Moves to the next status of {@link ApplicationStatus}, recording who and why. */
    public void moveTo(ApplicationStatus target, String actor, String note, Instant now) {
        if (!status.canMoveTo(target)) {
            throw RuleViolationException.of("status", "statusChange", "ST1");
        }
        status = target;
        history.add(new ApplicationEvent(this, now, target, actor, note));
    }

    // ---- The officer's side (ST1–ST3, RC4–RC7) ----

    /** An officer takes the application: FILED → UNDER_REVIEW, assigned to them unless already assigned. */
    public void startReview(String officer, Instant now) {
        moveTo(ApplicationStatus.UNDER_REVIEW, officer, null, now);
        if (assignedTo == null) {
            assignedTo = officer;
        }
    }

    /** Assigns the application to an officer, at any time before the decision. */
    public void assign(String officer) {
        if (!status.isUndecided()) {
            throw RuleViolationException.of("status", "statusChange", "ST1");
        }
        assignedTo = officer;
    }

    /** AP8: the officer asks for documents, with a message and a due date after today. */
    public void requestDocuments(String officer, String message, LocalDate due, LocalDate today, Instant now) {
        new RuleViolationException.Collector()
                .check(message != null && !message.isBlank(), "message", "required")
                .length(message, "message", TextLimits.LONG_TEXT)
                .check(due != null && due.isAfter(today), "due", "dueDate")
                .throwIfAny();
        moveTo(ApplicationStatus.DOCUMENTS_REQUESTED, officer, message.strip(), now);
        documentsMessage = message.strip();
        documentsDue = due;
    }

    /** AP8: a document the officer asked for was uploaded; only while documents are requested. */
    public void documentUploaded(String user, String fileName, Instant now) {
        if (status != ApplicationStatus.DOCUMENTS_REQUESTED) {
            throw RuleViolationException.of("document", "documentsNotRequested", "AP8");
        }
        history.add(new ApplicationEvent(this, now, status, user, "document: " + fileName));
    }

    /** The documents came (online or by post): back to review. */
    public void resumeReview(String officer, String note, Instant now) {
        if (status != ApplicationStatus.DOCUMENTS_REQUESTED) {
            throw RuleViolationException.of("status", "statusChange", "ST1");
        }
        RuleViolationException.checkLength(note, "note", TextLimits.LONG_TEXT);
        moveTo(ApplicationStatus.UNDER_REVIEW, officer, note, now);
    }

    /** Granted with the new period and expiry (審査完了). The new expiry must lie after the current one. */
    public void grant(String officer, String period, LocalDate expiry, LocalDate today, Instant now) {
        RuleViolationException.checkLength(period, "grantedPeriod", TextLimits.PERIOD);
        new RuleViolationException.Collector()
                .check(PeriodOfStay.parse(period).isPresent(), "grantedPeriod", "period")
                .check(expiry != null && expiry.isAfter(person.getStayExpiry()), "newExpiry", "newExpiry")
                .throwIfAny();
        requireUnderReview();
        moveTo(ApplicationStatus.DECIDED, officer, "granted " + period.strip() + " until " + expiry, now);
        granted = true;
        grantedPeriod = period.strip();
        newExpiry = expiry;
        decidedBy = officer;
        decidedOn = today;
    }

    /** Denied with reasons (審査完了). */
    public void deny(String officer, String reasons, LocalDate today, Instant now) {
        if (reasons == null || reasons.isBlank()) {
            throw RuleViolationException.of("reason", "required", "ST1");
        }
        RuleViolationException.checkLength(reasons, "reason", TextLimits.LONG_TEXT);
        requireUnderReview();
        moveTo(ApplicationStatus.DECIDED, officer, "denied", now);
        granted = false;
        denialReason = reasons.strip();
        decidedBy = officer;
        decidedOn = today;
    }

    private void requireUnderReview() {
        if (status != ApplicationStatus.UNDER_REVIEW) {
            throw RuleViolationException.of("status", "statusChange", "ST1");
        }
    }

    /**
     * ST3: on a recorded request, an officer withdraws the whole application, or only the attached re-entry or
     * activity application (the extension goes on). Only before the decision.
     */
    public void withdraw(WithdrawnPart part, String officer, String request, Instant now) {
        new RuleViolationException.Collector()
                .check(part != null, "part", "required", "ST3")
                .check(request != null && !request.isBlank(), "request", "required", "ST3")
                .length(request, "request", TextLimits.LONG_TEXT)
                .check(status.canMoveTo(ApplicationStatus.WITHDRAWN), "status", "statusChange", "ST3")
                .check(part != WithdrawnPart.RE_ENTRY || reEntry != ReEntryPermit.NONE, "part", "partMissing", "ST3")
                .check(part != WithdrawnPart.ACTIVITY || activityPermission, "part", "partMissing", "ST3")
                .throwIfAny();
        String note = part + ": " + request.strip();
        switch (part) {
            case WHOLE -> {
                moveTo(ApplicationStatus.WITHDRAWN, officer, note, now);
                withdrawnPart = WithdrawnPart.WHOLE;
            }
            case RE_ENTRY -> {
                reEntry = ReEntryPermit.NONE;
                history.add(new ApplicationEvent(this, now, status, officer, note));
            }
            case ACTIVITY -> {
                activityPermission = false;
                history.add(new ApplicationEvent(this, now, status, officer, note));
            }
        }
    }

    /** RC6: the new card is made; the user is told (card issued). Only for a granted application. */
    public void cardReady(String officer, Instant now) {
        if (!Boolean.TRUE.equals(granted)) {
            throw RuleViolationException.of("status", "statusChange", "RC6");
        }
        moveTo(ApplicationStatus.CARD_READY, officer, null, now);
    }

    /** RC6: a card is handed over only once it is made (so never for a denied application). */
    private void requireCardReady() {
        if (status != ApplicationStatus.CARD_READY) {
            throw RuleViolationException.of("status", "statusChange", "RC6");
        }
    }

    /**
     * RC5, RC6, RC7: the card by post. The items must have come to this office (Q57), the fee form signed by the
     * applicant (Q49, Q56) with revenue stamps of the fee; the card goes to the organisation's address (staff) or
     * the agent's office; the delivery date is the effective date; the old card is punched and returned.
     */
    public void handOverByPost(String officer, PostHandOver post, int feeYen, LocalDate today, Instant now) {
        String dispatchedTo = post.dispatchedTo();
        LocalDate deliveredOn = post.deliveredOn();
        new RuleViolationException.Collector()
                .check(receiptMethod == ReceiptMethod.POST, "receiptMethod", "notByPost", "RC5")
                .check(post.itemsAtThisOffice(), "itemsAtThisOffice", "wrongOffice", "RC5")
                .check(post.feeFormSigned(), "feeFormSigned", "feeFormUnsigned", "RC5")
                .check(post.stampsYen() == feeYen, "stampsYen", "feeStamps", "RC5")
                .check(dispatchedTo != null && !dispatchedTo.isBlank(), "dispatchedTo", "required", "RC5")
                .length(dispatchedTo, "dispatchedTo", TextLimits.ADDRESS)
                .check(deliveredOn != null && !deliveredOn.isAfter(today), "deliveredOn", "deliveredOn", "RC6")
                .check(post.oldCardPunchedAndReturned(), "oldCardPunched", "oldCard", "RC7")
                .throwIfAny();
        requireCardReady();
        moveTo(ApplicationStatus.COMPLETED, officer, "by post, delivered " + deliveredOn, now);
        cardMethod = ReceiptMethod.POST;
        feeStampsYen = post.stampsYen();
        cardDispatchedTo = dispatchedTo.strip();
        effectiveDate = deliveredOn;
        oldCardPunched = true;
    }

    /** RC4, RC7: the card at the counter, to the applicant, a legal representative or the user (Q58). */
    public void handOverAtCounter(String officer, CardReceiver receiver, String documentsSeen, int stampsYen,
            int feeYen, boolean oldCardPunchedAndReturned, LocalDate today, Instant now) {
        new RuleViolationException.Collector()
                .check(receiver != null, "receiver", "required", "RC4")
                .check(documentsSeen != null && !documentsSeen.isBlank(), "documentsSeen", "required", "RC4")
                .length(documentsSeen, "documentsSeen", TextLimits.ADDRESS)
                .check(stampsYen == feeYen, "stampsYen", "feeStamps", "RC4")
                .check(oldCardPunchedAndReturned, "oldCardPunched", "oldCard", "RC7")
                .throwIfAny();
        requireCardReady();
        moveTo(ApplicationStatus.COMPLETED, officer, "at the counter to " + receiver, now);
        cardMethod = ReceiptMethod.COUNTER;
        cardReceivedBy = receiver.name();
        cardDocuments = documentsSeen.strip();
        feeStampsYen = stampsYen;
        effectiveDate = today;
        oldCardPunched = true;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public RosterEntry getRosterEntry() {
        return rosterEntry;
    }

    public ForeignNational getPerson() {
        return person;
    }

    public RegionalOffice getOffice() {
        return office;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getApplicantMail() {
        return applicantMail;
    }

    public Locale getApplicantLocale() {
        return Locale.forLanguageTag(applicantLocale);
    }

    public ReEntryPermit getReEntry() {
        return reEntry;
    }

    public boolean isActivityPermission() {
        return activityPermission;
    }

    public String getDesiredPeriod() {
        return desiredPeriod;
    }

    public String getReason() {
        return reason;
    }

    public boolean isPresenceConfirmed() {
        return presenceConfirmed;
    }

    public ReceiptMethod getReceiptMethod() {
        return receiptMethod;
    }

    public boolean isKanjiRequested() {
        return kanjiRequested;
    }

    public String getKanjiName() {
        return kanjiName;
    }

    public LocalDate getAcceptanceDate() {
        return acceptanceDate;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getProvisionalNumber() {
        return provisionalNumber;
    }

    /** The receipt number's text (RN2), null until it is given. */
    public String getReceiptNumber() {
        return receiptNumber == null ? null : receiptNumber.value();
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public String getDocumentsMessage() {
        return documentsMessage;
    }

    public LocalDate getDocumentsDue() {
        return documentsDue;
    }

    public Boolean getGranted() {
        return granted;
    }

    public String getGrantedPeriod() {
        return grantedPeriod;
    }

    public LocalDate getNewExpiry() {
        return newExpiry;
    }

    public String getDenialReason() {
        return denialReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public WithdrawnPart getWithdrawnPart() {
        return withdrawnPart;
    }

    public ReceiptMethod getCardMethod() {
        return cardMethod;
    }

    public String getCardReceivedBy() {
        return cardReceivedBy;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getCardDispatchedTo() {
        return cardDispatchedTo;
    }

    public List<ApplicationEvent> getHistory() {
        return List.copyOf(history);
    }
}
