package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.report.PeriodicReport;
import jp.ras.domain.model.report.PeriodicReportState;

/** Periodic reports (定期報告). */
@ApplicationScoped
public class PeriodicReportRepository {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public void add(PeriodicReport report) {
        em.persist(report);
    }

    public Optional<PeriodicReport> findForUpdate(long id) {
        em.flush(); // a locking find reads the database: rows of this transaction must be there
        return Optional.ofNullable(em.find(PeriodicReport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PeriodicReport> find(long id) {
        return Optional.ofNullable(em.find(PeriodicReport.class, id));
    }

    /** PR1: a filed or approved report of the organisation's current cycle. */
    public Optional<PeriodicReport> openOfCurrentCycle(Organisation organisation) {
        return em.createNamedQuery("PeriodicReport.ofCycle", PeriodicReport.class)
                .setParameter("org", organisation)
                .setParameter("cycle", organisation.getValidUntil())
                .getResultStream().findFirst();
    }

    /** PR2: which of these organisations filed a report of their current cycle that was not denied. */
    public Set<Long> organisationsReportedThisCycle(Collection<Long> organisationIds) {
        return em.createQuery("select r.organisation.id from PeriodicReport r"
                        + " where r.organisation.id in :ids and r.cycleExpiry = r.organisation.validUntil"
                        + " and r.state <> :denied", Long.class)
                .setParameter("ids", organisationIds).setParameter("denied", PeriodicReportState.DENIED)
                .getResultStream().collect(Collectors.toSet());
    }

    public List<PeriodicReport> ofOrganisation(Organisation organisation) {
        return em.createQuery("select r from PeriodicReport r where r.organisation = :org order by r.filedAt desc",
                PeriodicReport.class).setParameter("org", organisation).getResultList();
    }

    /** The queue: reports of an office's organisations, oldest first; {@code state} null for every state. */
    public List<PeriodicReport> ofOffice(String officeCode, PeriodicReportState state) {
        Where where = new Where().and("o.office.code = :office", "office", officeCode)
                .and("r.state = :state", "state", state);
        return where.bind(em.createQuery("select r from PeriodicReport r join fetch r.organisation o"
                        + where.clause() + " order by r.filedAt", PeriodicReport.class))
                .setMaxResults(500)
                .getResultList();
    }
}
