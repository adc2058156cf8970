package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import jp.ras.domain.model.mail.OutboxMail;

/**
 * Queues a mail as a row in the caller's transaction (MANDATORY): it is sent if and only if the state change it
 * tells about commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailOutbox {

    /** Looked up once: {@code Json.createObjectBuilder()} searches the service loader on every call (bench/). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailTemplates templates;

    public OutboxMail queue(String recipient, Locale locale, String template, Map<String, String> params) {
        templates.requireKnown(template);
        JsonObjectBuilder json = JSON.createObjectBuilder();
        params.forEach(json::add);
        OutboxMail mail = new OutboxMail(recipient, locale, template, json.build().toString(), clock.instant());
        em.persist(mail);
        return mail;
    }
}
