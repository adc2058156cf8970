package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.Draft;
import jp.ras.infrastructure.persistence.DraftRepository;

/**
 * B3: the caller's own drafts. Saving replaces the draft of that form; an expired draft is never returned and the
 * nightly purge removes it.
 */
@Stateless
public class DraftService {

    @Inject
    private DraftRepository drafts;

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
            drafts.add(new Draft(me(), form, content, now));
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
        find(form).ifPresent(drafts::remove);
    }

    @Schedule(hour = "3", minute = "30", timezone = "Asia/Tokyo", persistent = false)
    void purgeExpired() {
        drafts.deleteSavedUpTo(clock.instant().minus(Draft.LIFETIME));
    }

    private Optional<Draft> find(String form) {
        return drafts.find(me(), form);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
