package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.bulk.BulkFilingRow;
import jp.ras.domain.model.bulk.BulkFilingState;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * B1, B2: bulk filings. A user registers an uploaded file (checked by the batch module before), the bulk-filing
 * job files its rows through {@link Filing} — the very rules, audit and mails of a filing on the screen — and the
 * user follows the counts and fetches the refused rows.
 *
 * <p>The job's methods ({@link #fileChunk}, …) are not callable by users: the job runs without a caller, for the
 * user who uploaded the file, whose account and organisation are checked again for every chunk.
 */
@Stateless
public class BulkFilingService {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Filing filing;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** One row of a file as the job hands it over: parsed, or with the format errors that stopped parsing. */
    public record Item(int rowNumber, String cardNumber, String nameRoman, String statusOfResidence,
            LocalDate stayExpiry, ResidenceApplication.Form form, byte[] photo, List<Violation> formatErrors,
            String cellsJson) implements Serializable {
    }

    /** What the job needs to know about a filing. */
    public record JobView(long id, String kind, boolean withPhotos, BulkFilingState state) implements Serializable {
    }

    /** A bulk filing with its counts, as its organisation's users see it. */
    public record Summary(long id, String fileName, String kind, Instant uploadedAt, String uploadedBy,
            BulkFilingState state, int rows, long filed, long refused, Instant finishedAt, Locale locale)
            implements Serializable {

        public long done() {
            return filed + refused;
        }
    }

    /** A refused row: its number, its cells as uploaded (JSON) and the rules it broke. */
    public record Refused(int rowNumber, String cellsJson, List<Violation> violations) implements Serializable {
    }

    /** B1: registers a checked upload of the caller's organisation; the batch module starts its job next. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long register(String fileName, String kind, int rowCount, boolean withPhotos) {
        UserAccount me = me();
        Organisation organisation = me.getOrganisation();
        if (!organisation.canFile()) {
            throw RuleViolationException.of("file", "organisationSuspended", "PR5");
        }
        BulkFiling bulk = new BulkFiling(organisation.getId(), me.getAuthId(), me.getLocale(), fileName, kind,
                rowCount, withPhotos, clock.instant());
        em.persist(bulk);
        em.flush();
        audit.recordFor(me.getAuthId(), me.getRole(), AuditAction.BULK_FILING_UPLOADED, target(bulk.getId()),
                bulk.getFileName() + " (" + rowCount + " rows)");
        return bulk.getId();
    }

    /** The caller's organisation's bulk filings, newest first, with their counts. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public List<Summary> mine(int max) {
        List<BulkFiling> list = em.createQuery("select b from BulkFiling b where b.organisationId = :org"
                        + " order by b.uploadedAt desc, b.id desc", BulkFiling.class)
                .setParameter("org", me().getOrganisation().getId()).setMaxResults(max).getResultList();
        List<Summary> summaries = new ArrayList<>();
        for (BulkFiling b : list) {
            summaries.add(summary(b));
        }
        return summaries;
    }

    /** The job execution of one of the caller's organisation's bulk filings (to restart it). */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Optional<Long> interruptedExecution(long id) {
        BulkFiling bulk = mineOrNotFound(id);
        return bulk.getState() == BulkFilingState.INTERRUPTED ? Optional.ofNullable(bulk.getJobExecutionId())
                : Optional.empty();
    }

    /** One of the caller's organisation's bulk filings. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Summary mine(long id) {
        return summary(mineOrNotFound(id));
    }

    /** B2: refused rows of one of the caller's organisation's bulk filings, in row order, after {@code afterRow}. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public List<Refused> refusedRows(long id, int afterRow, int max) {
        mineOrNotFound(id);
        return em.createQuery("select r from BulkFilingRow r where r.bulkFilingId = :id and r.applicationId is null"
                        + " and r.rowNumber > :after order by r.rowNumber", BulkFilingRow.class)
                .setParameter("id", id).setParameter("after", afterRow).setMaxResults(max).getResultStream()
                .map(r -> new Refused(r.getRowNumber(), r.getCells(), r.violationList())).toList();
    }

    // --- called by the bulk-filing job ---

    @PermitAll
    public Optional<JobView> forJob(long id) {
        return Optional.ofNullable(em.find(BulkFiling.class, id))
                .map(b -> new JobView(b.getId(), b.getKind(), b.isWithPhotos(), b.getState()));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void jobStarted(long id, long executionId) {
        em.find(BulkFiling.class, id).started(executionId);
    }

    /** The job ended: the filing is completed when every row of the file is recorded, else interrupted. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BulkFilingState jobEnded(long id) {
        BulkFiling bulk = em.find(BulkFiling.class, id);
        bulk.ended(recorded(id) >= bulk.getRowCount(), clock.instant());
        return bulk.getState();
    }

    /**
     * B2: files the good rows of a chunk and records the bad ones, all in one transaction; rows a previous run
     * already recorded are skipped (exactly once across restarts). A rule broken by a row refuses that row only;
     * any other failure rolls the whole chunk back, and the job then gives its rows to {@link #fileOne}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fileChunk(long id, List<Item> items) {
        BulkFiling bulk = em.find(BulkFiling.class, id);
        Set<Integer> done = new HashSet<>(em.createQuery("select r.rowNumber from BulkFilingRow r"
                        + " where r.bulkFilingId = :id and r.rowNumber between :first and :last", Integer.class)
                .setParameter("id", id)
                .setParameter("first", items.stream().mapToInt(Item::rowNumber).min().orElse(0))
                .setParameter("last", items.stream().mapToInt(Item::rowNumber).max().orElse(0))
                .getResultList());
        Optional<UserAccount> uploader = accounts.findActive(bulk.getUploadedBy());
        Organisation organisation = em.find(Organisation.class, bulk.getOrganisationId());
        int filed = 0;
        for (Item item : items) {
            if (done.add(item.rowNumber())) {
                filed += fileRow(bulk, uploader, organisation, item) ? 1 : 0;
            }
        }
        return filed;
    }

    /** One row in its own transaction, after its chunk failed. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fileOne(long id, Item item) {
        return fileChunk(id, List.of(item));
    }

    /** A row that could not be filed even alone, for a reason that is no broken rule (the job logs it). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuseAfterFailure(long id, Item item) {
        if (em.find(BulkFilingRow.class, new BulkFilingRow.Key(id, item.rowNumber())) == null) {
            em.persist(BulkFilingRow.refused(id, item.rowNumber(), List.of(Violation.of("row", "rowFailed", "B2")),
                    item.cellsJson()));
        }
    }

    private boolean fileRow(BulkFiling bulk, Optional<UserAccount> uploader, Organisation organisation, Item item) {
        List<Violation> violations = new ArrayList<>(item.formatErrors());
        if (uploader.isEmpty()) {
            violations.add(Violation.of("file", "uploaderInactive", "B2"));
        }
        RosterEntry entry = null;
        if (violations.isEmpty()) {
            entry = organisations.currentRosterEntryByCard(organisation, item.cardNumber()).orElse(null);
            if (entry == null) {
                violations.add(Violation.of("cardNumber", "personUnknown", "AP2"));
            } else {
                violations.addAll(entry.getPerson().mismatches(item.nameRoman(), item.statusOfResidence(),
                        item.stayExpiry()));
            }
        }
        if (violations.isEmpty()) {
            try {
                long applicationId = filing.file(uploader.get(), organisation, entry,
                        withApplicantLanguage(item.form(), uploader.get()), item.photo()).id();
                em.persist(BulkFilingRow.filed(bulk.getId(), item.rowNumber(), applicationId));
                return true;
            } catch (RuleViolationException e) {
                violations.addAll(e.violations());
            }
        }
        em.persist(BulkFilingRow.refused(bulk.getId(), item.rowNumber(), violations, item.cellsJson()));
        return false;
    }

    /** An empty language cell means the uploader's language, as the filing screen's default is. */
    private static ResidenceApplication.Form withApplicantLanguage(ResidenceApplication.Form f, UserAccount uploader) {
        return f.applicantLocale() != null ? f : new ResidenceApplication.Form(f.reEntry(), f.activityPermission(),
                f.desiredPeriod(), f.reason(), f.presenceConfirmed(), f.receiptMethod(), f.kanjiRequested(),
                f.kanjiName(), f.applicantMail(), uploader.getLocale());
    }

    private long recorded(long id) {
        return em.createQuery("select count(r) from BulkFilingRow r where r.bulkFilingId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    private Summary summary(BulkFiling b) {
        Object[] counts = em.createQuery("select count(r.applicationId), count(r) from BulkFilingRow r"
                + " where r.bulkFilingId = :id", Object[].class).setParameter("id", b.getId()).getSingleResult();
        long filed = ((Number) counts[0]).longValue();
        long all = ((Number) counts[1]).longValue();
        return new Summary(b.getId(), b.getFileName(), b.getKind(), b.getUploadedAt(), b.getUploadedBy(),
                b.getState(), b.getRowCount(), filed, all - filed, b.getFinishedAt(), b.getLocale());
    }

    private BulkFiling mineOrNotFound(long id) {
        BulkFiling bulk = em.find(BulkFiling.class, id);
        if (bulk == null || bulk.getOrganisationId() != me().getOrganisation().getId()) {
            throw new NotFoundException("bulk filing " + id);
        }
        return bulk;
    }

    private UserAccount me() {
        String authId = session.getCallerPrincipal().getName();
        return accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId));
    }

    static String target(long id) {
        return "bulk-filing:" + id;
    }
}
