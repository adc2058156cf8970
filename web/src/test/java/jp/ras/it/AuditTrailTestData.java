package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.infrastructure.audit.AuditTrail;

/**
 * Test-only: writes audit entries as RAS does, and changes the trail behind RAS's back as someone with access to the
 * database would (plain SQL), then puts it back, so that the shared test database keeps an intact chain.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditTrailTestData {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** An active supervisor of this test's own, whom a broken chain is mailed to. */
    public void supervisor(String authId) {
        em.persist(new jp.ras.domain.model.account.UserAccount(
                new jp.ras.domain.model.account.AuthenticationId(authId), Role.SUPERVISOR, "Test " + authId,
                jp.ras.domain.model.account.MailAddress.of(authId.toLowerCase() + "@example.jp"),
                java.util.Locale.JAPANESE, null, java.time.Instant.now()));
    }

    /** One audit entry in a transaction of its own; returns its id. */
    public long record(String actor, String target, String detail) {
        audit.recordFor(actor, Role.OFFICER, AuditAction.LOGIN_SUCCESS, target, detail);
        em.flush();
        return ((Number) em.createNativeQuery("select max(id) from audit_entry where target = ?1")
                .setParameter(1, target).getSingleResult()).longValue();
    }

    public String detail(long id) {
        return (String) em.createNativeQuery("select detail from audit_entry where id = ?1").setParameter(1, id)
                .getSingleResult();
    }

    public void setDetail(long id, String detail) {
        em.createNativeQuery("update audit_entry set detail = ?1 where id = ?2").setParameter(1, detail)
                .setParameter(2, id).executeUpdate();
    }

    /** The row's columns as they are, to put it back after deleting it. */
    public Object[] row(long id) {
        return (Object[]) em.createNativeQuery("select id, occurred_at, actor, actor_role, action, target, source_ip,"
                + " detail, chain_seq, prev_hash, entry_hash from audit_entry where id = ?1").setParameter(1, id)
                .getSingleResult();
    }

    public void delete(long id) {
        em.createNativeQuery("delete from audit_entry where id = ?1").setParameter(1, id).executeUpdate();
    }

    public void insert(Object[] row) {
        var query = em.createNativeQuery("insert into audit_entry (id, occurred_at, actor, actor_role, action, target,"
                + " source_ip, detail, chain_seq, prev_hash, entry_hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                + " ?10, ?11)");
        for (int i = 0; i < row.length; i++) {
            query.setParameter(i + 1, row[i]);
        }
        query.executeUpdate();
    }

    /** The chain places of the entries with these targets. */
    public List<Long> places(String targetPrefix) {
        @SuppressWarnings("unchecked")
        List<Number> seqs = em.createNativeQuery("select chain_seq from audit_entry where target like ?1"
                + " order by chain_seq").setParameter(1, targetPrefix + "%").getResultList();
        return seqs.stream().map(Number::longValue).toList();
    }

    /** Mails of a template queued since an outbox id. */
    public long mailsSince(String template, long afterId) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_mail where template = ?1 and id > ?2")
                .setParameter(1, template).setParameter(2, afterId).getSingleResult()).longValue();
    }

    public long lastMailId() {
        Number max = (Number) em.createNativeQuery("select max(id) from outbox_mail").getSingleResult();
        return max == null ? 0 : max.longValue();
    }
}
