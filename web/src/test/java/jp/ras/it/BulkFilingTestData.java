package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test-only look-ups for bulk filings. */
@Stateless
@PermitAll
public class BulkFilingTestData {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    /** How many applications each roster entry has, in the order given. */
    public List<Long> applicationsPerPerson(List<Long> rosterEntryIds) {
        return rosterEntryIds.stream().map(id -> em.createQuery("select count(a) from ResidenceApplication a"
                + " where a.rosterEntry.id = :id", Long.class).setParameter("id", id).getSingleResult()).toList();
    }

    public long bulkFilings() {
        return em.createQuery("select count(b) from BulkFiling b", Long.class).getSingleResult();
    }

    public long recordedRows(long bulkFilingId) {
        return em.createQuery("select count(r) from BulkFilingRow r where r.bulkFilingId = :id", Long.class)
                .setParameter("id", bulkFilingId).getSingleResult();
    }

    public List<String> auditActionsOf(String target) {
        return em.createQuery("select e.action from AuditEntry e where e.target = :t", String.class)
                .setParameter("t", target).getResultList();
    }

    /** As if its job were running when the server died. */
    public void markRunning(long bulkFilingId, long executionId) {
        em.createQuery("update BulkFiling b set b.state = jp.ras.domain.model.bulk.BulkFilingState.RUNNING,"
                + " b.jobExecutionId = :execution where b.id = :id").setParameter("execution", executionId)
                .setParameter("id", bulkFilingId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(jp.ras.domain.model.bulk.BulkFiling.class, bulkFilingId);
    }
}
