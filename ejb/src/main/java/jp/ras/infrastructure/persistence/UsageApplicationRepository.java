package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    /** The queue of an office, oldest first; {@code state} null for every state. */
    public List<UsageApplication> ofOffice(String officeCode, UsageApplicationState state) {
        Where where = new Where().and("a.office.code = :office", "office", officeCode)
                .and("a.state = :state", "state", state);
        return where.bind(em.createQuery("select a from UsageApplication a" + where.clause()
                        + " order by a.receivedAt", UsageApplication.class))
                .setMaxResults(500)
                .getResultList();
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
