package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.model.audit.AuditChain;
import jp.ras.domain.model.audit.AuditChainHead;
import jp.ras.domain.model.audit.AuditEntry;

/** The audit trail as the supervisors search it, and its hash chain as the verification reads it (issue 18). */
@ApplicationScoped
public class AuditRepository {

    /** What a supervisor searches by; a null or blank field does not filter. {@code to} is exclusive. */
    public record Criteria(String actor, String action, String targetContains, String sourceIp, Instant from,
            Instant to) {
    }

    /** Columns a supervisor may sort by. */
    public enum Sort { OCCURRED_AT, ACTOR, ACTION, TARGET, SOURCE_IP }

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public List<AuditEntry> page(Criteria criteria, int first, int max, Sort sort, boolean ascending) {
        Where where = where(criteria);
        String column = switch (sort == null ? Sort.OCCURRED_AT : sort) {
            case OCCURRED_AT -> "a.occurredAt";
            case ACTOR -> "a.actor";
            case ACTION -> "a.action";
            case TARGET -> "a.target";
            case SOURCE_IP -> "a.sourceIp";
        };
        String direction = ascending ? " asc" : " desc";
        return where.bind(em.createQuery("select a from AuditEntry a" + where.clause() + " order by " + column
                + direction + ", a.id" + direction, AuditEntry.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    public long count(Criteria criteria) {
        Where where = where(criteria);
        return where.bind(em.createQuery("select count(a) from AuditEntry a" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** The latest entries (at most {@code max}) about any of these targets, newest first. */
    public List<AuditEntry> aboutTargets(Collection<String> targets, int max) {
        return em.createQuery("select a from AuditEntry a where a.target in :targets order by a.occurredAt desc",
                AuditEntry.class).setParameter("targets", targets).setMaxResults(max).getResultList();
    }

    /** The chained entries after place {@code afterSeq}, in order of place, as the verification reads them. */
    public List<AuditChain.Link> chainAfter(long afterSeq, int max) {
        return em.createQuery("select a from AuditEntry a where a.chainSeq > :after order by a.chainSeq",
                AuditEntry.class).setParameter("after", afterSeq).setMaxResults(max).getResultStream()
                .map(AuditRepository::link).toList();
    }

    /** An entry without a place in the chain (one written around it), if any. */
    public Optional<AuditChain.Link> firstOutsideChain() {
        return em.createQuery("select a from AuditEntry a where a.chainSeq is null order by a.id", AuditEntry.class)
                .setMaxResults(1).getResultStream().map(AuditRepository::link).findFirst();
    }

    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
    }

    /** Forgets what this persistence context read, so that a long verification does not hold the whole trail. */
    public void clear() {
        em.clear();
    }

    private static AuditChain.Link link(AuditEntry a) {
        return new AuditChain.Link(a.getId(), a.getChainSeq(), a.getPrevHash(), a.getEntryHash(), a.getOccurredAt(),
                a.getActor(), a.getActorRole(), a.getAction(), a.getTarget(), a.getSourceIp(), a.getDetail());
    }

    private static Where where(Criteria c) {
        return new Where()
                .and("lower(a.actor) = :actor", "actor", c.actor() == null ? null : c.actor().strip().toLowerCase())
                .and("a.action = :action", "action", c.action())
                .and("lower(a.target) like :target", "target", Where.contains(c.targetContains()))
                .and("a.sourceIp = :ip", "ip", c.sourceIp() == null ? null : c.sourceIp().strip())
                .and("a.occurredAt >= :from", "from", c.from())
                .and("a.occurredAt < :to", "to", c.to());
    }
}
