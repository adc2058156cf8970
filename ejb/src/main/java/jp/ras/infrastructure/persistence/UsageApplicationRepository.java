package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import jp.ras.domain.model.usage.UsageApplication;
import jp.ras.domain.model.usage.UsageApplicationDocument;
import jp.ras.domain.model.usage.UsageRequest;
import jp.ras.domain.model.usage.UsageApplicationState;

/** Usage applications (利用申出). */
@ApplicationScoped
public class UsageApplicationRepository {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public void add(UsageApplication application) {
        em.persist(application);
    }

    public Optional<UsageApplication> find(long id) {
        return Optional.ofNullable(em.find(UsageApplication.class, id));
    }

    /** Locked, so that two supervisors cannot both decide it. */
    public Optional<UsageApplication> findForUpdate(long id) {
        em.flush(); // a locking find reads the database: rows of this transaction must be there
        return Optional.ofNullable(em.find(UsageApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Columns the approval queue may be sorted by (issue 15: sorted and paged in the database). */
    public enum QueueSort { RECEIVED, NUMBER, ORGANISATION, STATE }

    /**
     * One page of an office's queue ({@code officeCode} null for every office, {@code state} null for every state,
     * {@code organisation} a part of the organisation's name or null), sorted in the database.
     */
    public List<UsageApplication> queuePage(String officeCode, UsageApplicationState state, String organisation,
            int first, int max, QueueSort sort, boolean ascending) {
        Where where = queueWhere(officeCode, state, organisation);
        String column = switch (sort == null ? QueueSort.RECEIVED : sort) {
            case RECEIVED -> "a.receivedAt";
            case NUMBER -> "a.id";
            case ORGANISATION -> "a.orgName";
            case STATE -> "a.state";
        };
        String direction = ascending ? " asc" : " desc";
        return where.bind(em.createQuery("select a from UsageApplication a join fetch a.office" + where.clause()
                        + " order by " + column + direction + ", a.id" + direction, UsageApplication.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList();
    }

    public long queueCount(String officeCode, UsageApplicationState state, String organisation) {
        Where where = queueWhere(officeCode, state, organisation);
        return where.bind(em.createQuery("select count(a) from UsageApplication a" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** How many rows of the queue come before {@code application} in its default order (oldest first). */
    public long queuePosition(String officeCode, UsageApplicationState state, String organisation,
            UsageApplication application) {
        Where where = queueWhere(officeCode, state, organisation)
                .and("(a.receivedAt < :at or (a.receivedAt = :at and a.id < :id))",
                        Map.of("at", application.getReceivedAt(), "id", application.getId()));
        return where.bind(em.createQuery("select count(a) from UsageApplication a" + where.clause(), Long.class))
                .getSingleResult();
    }

    private static Where queueWhere(String officeCode, UsageApplicationState state, String organisation) {
        return new Where().and("a.office.code = :office", "office", officeCode)
                .and("a.state = :state", "state", state)
                .and("lower(a.orgName) like :org", "org", Where.contains(organisation));
    }

    /** The next authentication ID number (U1, AC3): a sequence, so never reused. */
    public long nextAuthIdNumber() {
        return ((Number) em.createNativeQuery("select nextval('auth_id_seq')").getSingleResult()).longValue();
    }

    /** Issue 17: an application filed online, by its reference number. */
    public Optional<UsageApplication> byReference(String referenceNumber) {
        return em.createQuery("select a from UsageApplication a where a.referenceNumber = :ref",
                UsageApplication.class).setParameter("ref", referenceNumber).getResultStream().findFirst();
    }

    public void addDocument(UsageApplicationDocument document) {
        em.persist(document);
    }

    /** The identity document uploaded with an application filed online. */
    public Optional<UsageApplicationDocument> document(long applicationId) {
        return Optional.ofNullable(em.find(UsageApplicationDocument.class, applicationId));
    }

    public void addRequest(UsageRequest request) {
        em.persist(request);
    }

    /** A waiting online request by its link's secret, locked so that two clicks make one application. */
    public Optional<UsageRequest> requestForUpdate(String secret) {
        return em.createQuery("select r from UsageRequest r where r.tokenHash = :hash", UsageRequest.class)
                .setParameter("hash", UsageRequest.hash(secret)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** A request by its link's secret, unlocked. */
    public Optional<UsageRequest> request(String secret) {
        return em.createQuery("select r from UsageRequest r where r.tokenHash = :hash", UsageRequest.class)
                .setParameter("hash", UsageRequest.hash(secret)).getResultStream().findFirst();
    }

    /** How many requests to this mail address wait for their link (not confirmed, not lapsed). */
    public long waitingRequestsTo(String mail, Instant now) {
        return em.createQuery("select count(r) from UsageRequest r where lower(r.mail) = :mail"
                + " and r.confirmedAt is null and r.expiresAt > :now", Long.class)
                .setParameter("mail", mail.strip().toLowerCase(java.util.Locale.ROOT)).setParameter("now", now)
                .getSingleResult();
    }

    /** Deletes the requests whose link has lapsed (confirmed ones are empty by then). Returns how many. */
    public int purgeRequests(Instant now) {
        return em.createQuery("delete from UsageRequest r where r.expiresAt < :now")
                .setParameter("now", now).executeUpdate();
    }
}
