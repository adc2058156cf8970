package jp.ras.application;

import jakarta.annotation.Resource;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.bulk.BulkFilingRow;
import jp.ras.domain.model.bulk.BulkFilingState;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * B1, B2: bulk filings. A user registers an uploaded file (checked by the batch module before), the bulk-filing
 * job files its rows through {@link Filing} — the very rules, audit and mails of a filing on the screen — and the
 * user follows the counts and fetches the refused rows.
 *
 * <p>The job itself works through {@link BulkFilingRun}, which no user can call.
 */
@Stateless
public class BulkFilingService {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

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
