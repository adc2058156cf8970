package jp.ras.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import jp.ras.domain.model.audit.AuditEntry;

/**
 * Writes the append-only audit trail. Always inside the caller's transaction (MANDATORY), so an entry exists
 * exactly when the state change it records does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Instance<SecurityContext> securityContext;

    @Inject
    private Instance<ClientAddress> clientAddress;

    /** Records an action of the current caller. */
    public void record(AuditAction action, String target, String detail) {
        Principal caller = caller();
        String actor = caller == null ? null : caller.getName();
        em.persist(new AuditEntry(clock.instant(), actor, callerRole(), action, target, sourceIp(), detail));
    }

    /** Records an action of a named actor who is not (yet) the caller, such as a login attempt. */
    public void recordFor(String actor, Role role, AuditAction action, String target, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, role == null ? null : role.name(), action, target,
                sourceIp(), detail));
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
