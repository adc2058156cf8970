package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.domain.model.mail.OutboxMail;

/**
 * Delivers due mails in batches: one transaction claims up to a batch of due rows with {@code FOR UPDATE SKIP
 * LOCKED} (so several senders and RAS instances on one database never take the same mail), sends them over one SMTP
 * connection, and marks each sent or failed in the same transaction, whose commit writes the marks as one JDBC
 * batch. A mail is never dropped; it is sent twice only when the instance dies between handing it to the server and
 * the commit, so at most one batch per instance, and its Message-ID is fixed per outbox row for the receiver to drop
 * the repeat (issue 14).
 */
@ApplicationScoped
public class OutboxDispatcher {

    /** What a batch did; {@code serverDown} when the server could not be reached or dropped the connection. */
    public record Batch(int claimed, int sent, int failed, boolean serverDown) {
    }

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    private static final String CLAIM_DUE = "select id from outbox_mail"
            + " where status = 'PENDING' and next_attempt_at <= ?1"
            + " order by next_attempt_at, id fetch first %d rows only for update skip locked";

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SmtpSettings smtp;

    @Inject
    private MailTemplates templates;

    @Inject
    private OutboxGate gate;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch deliverBatch(int size) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(String.format(CLAIM_DUE, Math.max(1, size))).setParameter(1, now)
                .getResultList();
        if (ids.isEmpty()) {
            return new Batch(0, 0, 0, false);
        }
        List<OutboxMail> mails = new ArrayList<>(ids.size());
        for (Number id : ids) {
            mails.add(em.find(OutboxMail.class, id.longValue()));
        }
        Session session = smtp.session();
        int sent = 0;
        int failed = 0;
        try (Transport transport = session.getTransport()) {
            try {
                transport.connect();
            } catch (MessagingException e) {
                // The server is down: one attempt is recorded, on the oldest; the others wait untouched.
                failed(mails.get(0), e);
                return new Batch(ids.size(), 0, 1, true);
            }
            for (OutboxMail mail : mails) {
                if (gate.closed()) {
                    // the instance is stopping: commit what was sent; the rest stays due, untouched
                    return new Batch(ids.size(), sent, failed, false);
                }
                MimeMessage message;
                try {
                    message = message(session, mail);
                } catch (MessagingException | RuntimeException e) {
                    failed(mail, e); // this mail's own fault (its address, its template): the others go on
                    failed++;
                    continue;
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                    mail.markSent(clock.instant());
                    sent++;
                } catch (SendFailedException e) {
                    // the server refused this recipient: the others go on; a 5xx counts towards giving up
                    if (isPermanent(e)) {
                        LOG.log(Level.WARNING, "Mail {0} refused: {1}", new Object[] {mail.getId(), e.toString()});
                        mail.markRefused(clock.instant(), answer(e), smtp.retryPolicy());
                    } else {
                        failed(mail, e);
                    }
                    failed++;
                } catch (MessagingException | RuntimeException e) {
                    failed(mail, e); // the connection broke: the rest wait for the next batch
                    return new Batch(ids.size(), sent, failed + 1, true);
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "closing the SMTP connection: {0}", e.toString());
        }
        return new Batch(ids.size(), sent, failed, false);
    }

    private void failed(OutboxMail mail, Exception e) {
        LOG.log(Level.WARNING, "Mail {0} not delivered (attempt {1}): {2}",
                new Object[] {mail.getId(), mail.getAttempts() + 1, e.toString()});
        mail.markFailed(clock.instant(), e.toString(), smtp.retryPolicy());
    }

    /**
     * A refusal is permanent when every answer the server gave (the chained exceptions of the mail provider carry
     * the server's reply line, such as {@code 550 5.1.1 unknown user}) is a 5xx; a 4xx or no answer is transient.
     */
    static boolean isPermanent(SendFailedException e) {
        boolean any = false;
        for (Exception next = e.getNextException(); next != null; ) {
            int code = replyCode(next);
            if (code > 0) {
                if (code < 500) {
                    return false;
                }
                any = true;
            }
            next = next instanceof MessagingException m ? m.getNextException() : null;
        }
        return any;
    }

    /** The server's own answer for the refused recipient, else the exception. */
    static String answer(SendFailedException e) {
        for (Exception next = e.getNextException(); next != null; ) {
            if (replyCode(next) > 0) {
                return next.getMessage().strip();
            }
            next = next instanceof MessagingException m ? m.getNextException() : null;
        }
        return e.toString();
    }

    private static int replyCode(Exception e) {
        String text = e.getMessage() == null ? "" : e.getMessage().strip();
        if (text.length() >= 3 && text.substring(0, 3).chars().allMatch(Character::isDigit)
                && (text.length() == 3 || !Character.isDigit(text.charAt(3)))) {
            return Integer.parseInt(text.substring(0, 3));
        }
        return 0;
    }

    private MimeMessage message(Session session, OutboxMail mail) throws MessagingException {
        RenderedMail rendered = templates.render(mail.getTemplate(), mail.getLocale(), mail.getParams());
        MimeMessage message = new OutboxMessage(session, mail.getId());
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
        message.setText(rendered.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
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
