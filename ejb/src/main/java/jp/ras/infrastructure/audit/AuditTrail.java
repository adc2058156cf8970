package jp.ras.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.annotation.Resource;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.audit.AuditChainHead;
import jp.ras.domain.model.audit.AuditEntry;

/**
 * Writes the append-only audit trail. Always inside the caller's transaction (MANDATORY), so an entry exists
 * exactly when the state change it records does, and so does its link in the hash chain.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Resource(lookup = "java:appserver/TransactionManager")
    private TransactionManager transactions;

    @Inject
    private Instance<SecurityContext> securityContext;

    @Inject
    private Instance<ClientAddress> clientAddress;

    /** Records an action of the current caller. */
    public void record(AuditAction action, String target, String detail) {
        Principal caller = caller();
        String actor = caller == null ? null : caller.getName();
        append(new AuditEntry(clock.instant(), actor, callerRole(), action, target, sourceIp(), detail));
    }

    /** Records an action of a named actor who is not (yet) the caller, such as a login attempt. */
    public void recordFor(String actor, Role role, AuditAction action, String target, String detail) {
        append(new AuditEntry(clock.instant(), actor, role == null ? null : role.name(), action, target,
                sourceIp(), detail));
    }

    /**
     * Issue 18: the entry is written now and joins the hash chain just before its transaction commits
     * ({@link ChainLinker}), so that the chain's head is locked only for the commit, not for the rest of the
     * transaction (a bulk filing's chunk audits each of its rows).
     */
    private void append(AuditEntry entry) {
        em.persist(entry);
        ChainLinker linker = (ChainLinker) registry.getResource(ChainLinker.class);
        if (linker == null) {
            linker = new ChainLinker(em);
            try {
                // a synchronisation of the transaction itself: it runs before the interposed ones, among them the
                // persistence context's flush, so what it changes is written with the rest
                transactions.getTransaction().registerSynchronization(linker);
            } catch (RollbackException | SystemException e) {
                throw new IllegalStateException("the audit entry cannot join the chain: " + e, e);
            }
            registry.putResource(ChainLinker.class, linker);
        }
        linker.add(entry);
    }

    /** Links a transaction's audit entries into the chain, in order, under the head's lock, before the commit. */
    static final class ChainLinker implements Synchronization {
        private final EntityManager em;
        private final List<AuditEntry> entries = new ArrayList<>();

        ChainLinker(EntityManager em) {
            this.em = em;
        }

        void add(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public void beforeCompletion() {
            // Everything the transaction changes is written first, so the head is the last lock it takes: a
            // transaction holding the head never waits for another's row (measured: taking the head before the
            // flush deadlocked filings against roster additions, 5xx in the reliability harness).
            em.flush();
            AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
            if (head == null) {
                throw new IllegalStateException("the audit chain has no head: the schema is not migrated");
            }
            for (AuditEntry entry : entries) {
                head.append(entry);
            }
        }

        @Override
        public void afterCompletion(int status) {
            // nothing: a rolled back transaction leaves neither its entries nor the head's change
        }
    }

    /**
     * Security 9: how many times {@code action} was recorded from the current request's client address since
     * {@code since}, and when the earliest of them was; empty when the request has no known address.
     */
    public Optional<Recent> recentFromThisAddress(AuditAction action, Instant since) {
        String ip = sourceIp();
        if (ip == null) {
            return Optional.empty();
        }
        long count = em.createQuery("select count(a) from AuditEntry a where a.sourceIp = :ip"
                + " and a.action = :action and a.occurredAt > :since", Long.class)
                .setParameter("ip", ip).setParameter("action", action.name()).setParameter("since", since)
                .getSingleResult();
        if (count == 0) {
            return Optional.of(new Recent(0, null));
        }
        // The earliest as an entity attribute (through its converter), not as min(): an aggregate of a converted
        // column comes back as the database's type.
        Instant earliest = em.createQuery("select a.occurredAt from AuditEntry a where a.sourceIp = :ip"
                + " and a.action = :action and a.occurredAt > :since order by a.occurredAt", Instant.class)
                .setParameter("ip", ip).setParameter("action", action.name()).setParameter("since", since)
                .setMaxResults(1).getSingleResult();
        return Optional.of(new Recent(count, earliest));
    }

    /**
     * Issue 17: how many times {@code action} was recorded on {@code target} with {@code detail} since {@code since}
     * (from any address), and when the earliest of them was.
     */
    public Recent recentOn(AuditAction action, String target, String detail, Instant since) {
        long count = em.createQuery("select count(a) from AuditEntry a where a.target = :target"
                + " and a.action = :action and a.detail = :detail and a.occurredAt > :since", Long.class)
                .setParameter("target", target).setParameter("action", action.name())
                .setParameter("detail", detail).setParameter("since", since).getSingleResult();
        if (count == 0) {
            return new Recent(0, null);
        }
        Instant earliest = em.createQuery("select a.occurredAt from AuditEntry a where a.target = :target"
                + " and a.action = :action and a.detail = :detail and a.occurredAt > :since"
                + " order by a.occurredAt", Instant.class)
                .setParameter("target", target).setParameter("action", action.name())
                .setParameter("detail", detail).setParameter("since", since).setMaxResults(1).getSingleResult();
        return new Recent(count, earliest);
    }

    /** A count of audit entries and the time of the earliest (null when none). */
    public record Recent(long count, Instant earliest) {
    }

    private Principal caller() {
        try {
            return securityContext.get().getCallerPrincipal();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String callerRole() {
        try {
            SecurityContext context = securityContext.get();
            return Arrays.stream(Role.values()).filter(r -> context.isCallerInRole(r.name())).map(Role::name)
                    .findFirst().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String sourceIp() {
        try {
            return clientAddress.get().get();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
