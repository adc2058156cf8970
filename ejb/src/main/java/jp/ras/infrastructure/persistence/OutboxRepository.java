package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.model.mail.MailStatus;
import jp.ras.domain.model.mail.OutboxMail;

/** The outbox as the supervisor's screen reads it: filtered and paged in the database, newest first. */
@ApplicationScoped
public class OutboxRepository {

    /** What the supervisor filters by; a null or blank field does not filter. {@code to} is exclusive. */
    public record Criteria(MailStatus status, String recipientContains, String template, Instant from, Instant to) {
    }

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public List<OutboxMail> page(Criteria criteria, int first, int max) {
        Where where = where(criteria);
        return where.bind(em.createQuery("select m from OutboxMail m" + where.clause()
                + " order by m.createdAt desc, m.id desc", OutboxMail.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    public long count(Criteria criteria) {
        Where where = where(criteria);
        return where.bind(em.createQuery("select count(m) from OutboxMail m" + where.clause(), Long.class))
                .getSingleResult();
    }

    public Optional<OutboxMail> findForUpdate(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Where where(Criteria c) {
        return new Where()
                .and("m.status = :status", "status", c.status())
                .and("lower(m.recipient) like :recipient", "recipient", Where.contains(c.recipientContains()))
                .and("m.template = :template", "template", c.template())
                .and("m.createdAt >= :from", "from", c.from())
                .and("m.createdAt < :to", "to", c.to());
    }
}
