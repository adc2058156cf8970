package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.model.usage.UsageApplication;
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
}
