package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.domain.model.mail.OutboxMail;

/**
 * Delivers one due mail per transaction. The row is claimed with {@code FOR UPDATE SKIP LOCKED}, so several RAS
 * instances on one database never take the same mail, and it is marked sent in the transaction that holds the
 * lock: a mail is sent once and never dropped.
 */
@ApplicationScoped
public class OutboxDispatcher {

    public enum Result { NOTHING_DUE, SENT, FAILED }

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    private static final String CLAIM_NEXT_DUE = "select id from outbox_mail"
            + " where status = 'PENDING' and next_attempt_at <= ?1"
            + " order by next_attempt_at, id fetch first 1 rows only for update skip locked";

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SmtpSettings smtp;

    @Inject
    private MailTemplates templates;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result deliverNext() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CLAIM_NEXT_DUE).setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return Result.NOTHING_DUE;
        }
        OutboxMail mail = em.find(OutboxMail.class, ids.get(0).longValue());
        try {
            send(mail);
            mail.markSent(clock.instant());
            return Result.SENT;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail {0} not delivered (attempt {1}): {2}",
                    new Object[] {mail.getId(), mail.getAttempts() + 1, e.toString()});
            mail.markFailed(clock.instant(), e.toString(), smtp.retryPolicy());
            return Result.FAILED;
        }
    }

    private void send(OutboxMail mail) throws MessagingException {
        RenderedMail rendered = templates.render(mail.getTemplate(), mail.getLocale(), mail.getParams());
        Session session = smtp.session();
        MimeMessage message = new OutboxMessage(session, mail.getId());
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
        message.setText(rendered.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }

    /** A message whose Message-ID comes from the outbox row, so a receiver can recognise a repeat. */
    private static final class OutboxMessage extends MimeMessage {
        private final long outboxId;

        OutboxMessage(Session session, long outboxId) {
            super(session);
            this.outboxId = outboxId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<outbox-" + outboxId + "@ras>");
        }
    }
}
