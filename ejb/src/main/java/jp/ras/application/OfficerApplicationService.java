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
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.ApplicationPhoto;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.CardReceiver;
import jp.ras.domain.model.application.PostHandOver;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.application.WithdrawnPart;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.config.BusinessSettings;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * The officers' side of residence applications: the queue per office with days since filing against the standard
 * 2 weeks to 1 month (ST2), review, documents, decision, withdrawal (ST3) and the card handover (RC4–RC7). Each
 * step is one transaction with its audit entry and, where section 7 says so, its mail.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
public class OfficerApplicationService {

    /** ST2: the standard processing time of an extension, in days. */
    public static final int STANDARD_MIN_DAYS = 14;
    public static final int STANDARD_MAX_DAYS = 30;

    @Inject
    private ResidenceApplicationRepository applications;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private BusinessSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public record Row(long id, String number, String organisation, String nameRoman, String statusOfResidence,
            LocalDate acceptanceDate, ApplicationStatus status, String assignedTo, long daysSinceFiling,
            boolean overStandard) implements Serializable {
    }

    public record Page(List<Row> rows, long total) implements Serializable {
    }

    public record Detail(Row row, ForeignNational person, String officeCode, String filedBy, String applicantMail,
            String reEntry, boolean activityPermission, String desiredPeriod, String reason, String receiptMethod,
            boolean kanjiRequested, String kanjiName, String documentsMessage, LocalDate documentsDue,
            Boolean granted, String grantedPeriod, LocalDate newExpiry, String denialReason,
            LocalDate effectiveDate, List<ResidenceApplicationService.Event> history) implements Serializable {
    }

    /** ST2: one month of an office's decisions: how many, and the mean and longest days from filing. */
    public record MonthFigures(YearMonth month, int decided, double meanDays, long maxDays) implements Serializable {
    }

    /** The queue of an office, oldest first, paged in the database; {@code status} null for all. */
    public Page queue(String officeCode, ApplicationStatus status, int first, int size) {
        LocalDate today = JapanTime.today(clock);
        int pageSize = Math.max(1, Math.min(size, ResidenceApplicationService.MAX_PAGE));
        List<Row> rows = applications.pageOfOffice(officeCode, status, Math.max(0, first), pageSize).stream()
                .map(a -> row(a, today)).toList();
        return new Page(rows, applications.countOfOffice(officeCode, status));
    }

    /** The most applications one CSV export of the queue holds. */
    public static final int EXPORT_MAX = 10_000;

    /**
     * Issue 15: the whole queue of an office and status (at most {@link #EXPORT_MAX}, oldest first, as the table
     * shows it) for a CSV file. It carries personal data (names), so the export is audited with its filter.
     */
    public List<Row> exportQueue(String officeCode, ApplicationStatus status) {
        LocalDate today = JapanTime.today(clock);
        List<Row> rows = applications.pageOfOffice(officeCode, status, 0, EXPORT_MAX).stream()
                .map(a -> row(a, today)).toList();
        audit.record(AuditAction.QUEUE_EXPORTED, "applications",
                rows.size() + " applications; office " + (officeCode == null ? "all" : officeCode) + ", status "
                        + (status == null ? "all" : status.name()));
        return rows;
    }

    public Detail detail(long id) {
        ResidenceApplication a = applications.find(id).orElseThrow(() -> notFound(id));
        return new Detail(row(a, JapanTime.today(clock)), a.getPerson(), a.getOffice().getCode(), a.getFiledBy(),
                a.getApplicantMail(), a.getReEntry().name(), a.isActivityPermission(), a.getDesiredPeriod(),
                a.getReason(), a.getReceiptMethod().name(), a.isKanjiRequested(), a.getKanjiName(),
                a.getDocumentsMessage(), a.getDocumentsDue(), a.getGranted(), a.getGrantedPeriod(),
                a.getNewExpiry(), a.getDenialReason(), a.getEffectiveDate(), a.getHistory().stream()
                        .map(e -> new ResidenceApplicationService.Event(e.getOccurredAt(), e.getStatus(),
                                e.getActor(), e.getNote())).toList());
    }

    /** AP8: the face photo, for the officer's review page. */
    public Photo photo(long id) {
        ApplicationPhoto photo = applications.photo(id).orElseThrow(() -> notFound(id));
        return new Photo(photo.getMediaType(), photo.getContent());
    }

    public record Photo(String mediaType, byte[] content) implements Serializable {
    }

    /** AP8: the documents uploaded for an application. */
    public List<ResidenceApplicationService.Document> documents(long id) {
        applications.find(id).orElseThrow(() -> notFound(id));
        return applications.documentsOf(id).stream().map(ResidenceApplicationService.Document::of).toList();
    }

    public record DocumentContent(String fileName, String mediaType, byte[] content) implements Serializable {
    }

    /** AP8: one uploaded document with its content, to open or download. */
    public DocumentContent document(long id, long documentId) {
        var document = applications.document(id, documentId).orElseThrow(() -> notFound(id));
        return new DocumentContent(document.getFileName(), document.getMediaType(), document.getContent());
    }

    /** The caller takes the application into review (FILED → UNDER_REVIEW). */
    public void startReview(long id) {
        change(id, AuditAction.REVIEW_STARTED, a -> a.startReview(me(), now()), null);
    }

    /** Assigns the application to an officer. */
    public void assign(long id, String officerAuthId) {
        accounts.findActive(officerAuthId).filter(u -> u.getRole().isIntranet())
                .orElseThrow(() -> new UnknownAccountException(officerAuthId));
        change(id, AuditAction.APPLICATION_ASSIGNED, a -> a.assign(officerAuthId), null);
    }

    /** AP8: documents requested with a message and due date; the user is mailed. */
    public void requestDocuments(long id, String message, LocalDate due) {
        change(id, AuditAction.DOCUMENTS_REQUESTED, a -> a.requestDocuments(me(), message, due, today(), now()),
                "documents-requested");
    }

    /** The documents came: back to review. */
    public void resumeReview(long id, String note) {
        change(id, AuditAction.REVIEW_RESUMED, a -> a.resumeReview(me(), note, now()), null);
    }

    /** Decided: granted with the new period and expiry (審査完了); the user is mailed. Supervisors decide. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void grant(long id, String period, LocalDate newExpiry) {
        change(id, AuditAction.APPLICATION_DECIDED, a -> a.grant(me(), period, newExpiry, today(), now()),
                "review-completed");
    }

    /** Decided: denied with reasons (審査完了); the user is mailed. Supervisors decide. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void deny(long id, String reasons) {
        change(id, AuditAction.APPLICATION_DECIDED, a -> a.deny(me(), reasons, today(), now()), "review-completed");
    }

    /** ST3: withdraws the whole application or its re-entry / activity part on a recorded request. */
    public void withdraw(long id, WithdrawnPart part, String request) {
        change(id, AuditAction.APPLICATION_WITHDRAWN, a -> a.withdraw(part, me(), request, now()),
                "application-withdrawn");
    }

    /** RC6: the card is made; the user is mailed (card issued). */
    public void cardReady(long id) {
        change(id, AuditAction.CARD_READY, a -> a.cardReady(me(), now()), "card-issued");
    }

    /** RC5, RC6, RC7: the card sent by post and delivered, each part by its name ({@link PostHandOver#builder}). */
    public void handOverByPost(long id, PostHandOver post) {
        change(id, AuditAction.CARD_HANDED_OVER, a -> a.handOverByPost(me(), post, settings.feeYen(), today(), now()),
                null);
    }

    /** RC4, RC7: the card handed over at the counter. */
    public void handOverAtCounter(long id, CardReceiver receiver, String documentsSeen, int stampsYen,
            boolean oldCardPunched) {
        change(id, AuditAction.CARD_HANDED_OVER, a -> a.handOverAtCounter(me(), receiver, documentsSeen, stampsYen,
                settings.feeYen(), oldCardPunched, today(), now()), null);
    }

    /** RC5: the fee the revenue stamps must make up. */
    public int feeYen() {
        return settings.feeYen();
    }

    /** ST2: each month of {@code year}, the office's decisions and their days from filing. */
    public List<MonthFigures> processingTimes(String officeCode, int year) {
        List<Object[]> decided = applications.decidedBetween(officeCode, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        Map<YearMonth, List<Long>> byMonth = new HashMap<>();
        for (Object[] pair : decided) {
            LocalDate accepted = (LocalDate) pair[0];
            LocalDate decidedOn = (LocalDate) pair[1];
            byMonth.computeIfAbsent(YearMonth.from(decidedOn), m -> new ArrayList<>())
                    .add(ChronoUnit.DAYS.between(accepted, decidedOn));
        }
        List<MonthFigures> figures = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            List<Long> days = byMonth.getOrDefault(ym, List.of());
            figures.add(new MonthFigures(ym, days.size(),
                    days.stream().mapToLong(Long::longValue).average().orElse(0),
                    days.stream().mapToLong(Long::longValue).max().orElse(0)));
        }
        return figures;
    }

    private void change(long id, AuditAction action, Consumer<ResidenceApplication> step, String mailTemplate) {
        ResidenceApplication application = applications.findForUpdate(id).orElseThrow(() -> notFound(id));
        step.accept(application);
        audit.record(action, ResidenceApplicationService.target(application), application.getStatus().name());
        if (mailTemplate != null) {
            Map<String, String> params = new HashMap<>();
            params.put("number", ResidenceApplicationService.number(application));
            params.put("applicant", application.getPerson().getNameRoman());
            params.put("status", application.getStatus().name());
            params.put("message", application.getDocumentsMessage() == null ? ""
                    : application.getDocumentsMessage());
            params.put("due", String.valueOf(application.getDocumentsDue()));
            params.put("result", Boolean.TRUE.equals(application.getGranted())
                    ? application.getGrantedPeriod() + " / " + application.getNewExpiry()
                    : String.valueOf(application.getDenialReason()));
            params.put("outcome", Boolean.TRUE.equals(application.getGranted()) ? "GRANTED" : "DENIED");
            params.put("period", String.valueOf(application.getGrantedPeriod()));
            params.put("newExpiry", String.valueOf(application.getNewExpiry()));
            params.put("reasons", String.valueOf(application.getDenialReason()));
            params.put("method", application.getReceiptMethod().name());
            params.put("part", application.getWithdrawnPart() == null ? "WHOLE"
                    : application.getWithdrawnPart().name());
            params.put("fee", String.format(java.util.Locale.ROOT, "%,d", settings.feeYen()));
            accounts.find(application.getFiledBy()).ifPresent(user -> {
                params.put("name", user.getDisplayName());
                params.put("office", application.getOffice().getName(user.getLocale()));
                // AP11: the period of stay in the mail's language (1年 is "1 year" in English).
                if (Boolean.TRUE.equals(application.getGranted())) {
                    String period = ResidenceTerms.period(application.getGrantedPeriod(), user.getLocale());
                    params.put("period", period);
                    params.put("result", period + " / " + application.getNewExpiry());
                }
                outbox.queue(user.getMailAddress(), user.getLocale(), mailTemplate, params);
            });
        }
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDate today() {
        return JapanTime.today(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("application " + id);
    }

    private static Row row(ResidenceApplication a, LocalDate today) {
        long days = ChronoUnit.DAYS.between(a.getAcceptanceDate(), today);
        boolean open = a.getStatus().isUndecided();
        return new Row(a.getId(), ResidenceApplicationService.number(a), a.getOrganisation().getName(),
                a.getPerson().getNameRoman(), a.getPerson().getStatusOfResidence(), a.getAcceptanceDate(),
                a.getStatus(), a.getAssignedTo(), days, open && days > STANDARD_MAX_DAYS);
    }
}
