package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.Draft;

/**
 * B3: the caller's own drafts. Saving replaces the draft of that form; an expired draft is never returned and the
 * nightly purge removes it.
 */
@Stateless
public class DraftService {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public record Saved(String content, Instant updatedAt) implements Serializable {
    }

    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Instant save(String form, String content) {
        Instant now = clock.instant();
        Optional<Draft> existing = find(form);
        if (existing.isPresent()) {
            existing.get().update(content, now);
        } else {
            em.persist(new Draft(me(), form, content, now));
        }
        return now;
    }

    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Optional<Saved> load(String form) {
        Instant now = clock.instant();
        return find(form).filter(d -> !d.isExpired(now)).map(d -> new Saved(d.getContent(), d.getUpdatedAt()));
    }

    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public void discard(String form) {
        find(form).ifPresent(em::remove);
    }

    @Schedule(hour = "3", minute = "30", timezone = "Asia/Tokyo", persistent = false)
    void purgeExpired() {
        em.createQuery("delete from Draft d where d.updatedAt <= :limit")
                .setParameter("limit", clock.instant().minus(Draft.LIFETIME)).executeUpdate();
    }

    private Optional<Draft> find(String form) {
        return em.createQuery("select d from Draft d where d.owner = :owner and d.form = :form", Draft.class)
                .setParameter("owner", me()).setParameter("form", form).getResultStream().findFirst();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
