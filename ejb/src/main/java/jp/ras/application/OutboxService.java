package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.infrastructure.mail.MailTemplates;
import jp.ras.infrastructure.mail.RenderedMail;

/** Lets a supervisor read the outbox: every queued and sent mail, rendered as it is (or will be) sent. */
@Stateless
public class OutboxService {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private MailTemplates templates;

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<MailView> latest(int max) {
        return em.createQuery("select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setMaxResults(max)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    private MailView view(OutboxMail m) {
        RenderedMail rendered = templates.render(m.getTemplate(), m.getLocale(), m.getParams());
        return new MailView(m.getId(), m.getRecipient(), rendered.subject(), rendered.body(), m.getStatus().name(),
                m.getAttempts(), m.getCreatedAt(), m.getSentAt(), m.getLastError());
    }
}
