package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Columns the periodic-report queue may be sorted by (issue 15: sorted and paged in the database). */
    public enum QueueSort { FILED, ORGANISATION, CYCLE_EXPIRY, STATE }

    /**
     * One page of the queue: reports of an office's organisations ({@code officeCode} null for every office,
     * {@code state} null for every state, {@code organisation} a part of the organisation's name or null).
     */
    public List<PeriodicReport> queuePage(String officeCode, PeriodicReportState state, String organisation,
            int first, int max, QueueSort sort, boolean ascending) {
        Where where = queueWhere(officeCode, state, organisation);
        String column = switch (sort == null ? QueueSort.FILED : sort) {
            case FILED -> "r.filedAt";
            case ORGANISATION -> "o.name";
            case CYCLE_EXPIRY -> "r.cycleExpiry";
            case STATE -> "r.state";
        };
        String direction = ascending ? " asc" : " desc";
        return where.bind(em.createQuery("select r from PeriodicReport r join fetch r.organisation o"
                        + " join fetch o.office" + where.clause()
                        + " order by " + column + direction + ", r.id" + direction, PeriodicReport.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList();
    }

    public long queueCount(String officeCode, PeriodicReportState state, String organisation) {
        Where where = queueWhere(officeCode, state, organisation);
        return where.bind(em.createQuery("select count(r) from PeriodicReport r join r.organisation o"
                + where.clause(), Long.class)).getSingleResult();
    }

    /** How many rows of the queue come before {@code report} in its default order (oldest first). */
    public long queuePosition(String officeCode, PeriodicReportState state, String organisation,
            PeriodicReport report) {
        Where where = queueWhere(officeCode, state, organisation)
                .and("(r.filedAt < :at or (r.filedAt = :at and r.id < :id))",
                        Map.of("at", report.getFiledAt(), "id", report.getId()));
        return where.bind(em.createQuery("select count(r) from PeriodicReport r join r.organisation o"
                + where.clause(), Long.class)).getSingleResult();
    }

    private static Where queueWhere(String officeCode, PeriodicReportState state, String organisation) {
        return new Where().and("o.office.code = :office", "office", officeCode)
                .and("r.state = :state", "state", state)
                .and("lower(o.name) like :org", "org", Where.contains(organisation));
    }
}
