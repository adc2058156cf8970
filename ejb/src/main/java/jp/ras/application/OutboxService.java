package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.mail.MailStatus;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.mail.MailTemplates;
import jp.ras.infrastructure.mail.RenderedMail;
import jp.ras.infrastructure.persistence.OutboxRepository;

/**
 * Lets a supervisor read the outbox, filtered and paged in the database, each mail rendered as it is (or will be)
 * sent, and send a pending or failed mail again (issue 14).
 */
@Stateless
public class OutboxService {

    /** Longest recipient filter: an address's own limit. */
    public static final int RECIPIENT_FILTER_MAX = jp.ras.domain.shared.TextLimits.MAIL;

    /** The supervisor's filter; a null field does not filter; dates are Japan dates, both inclusive. */
    public record Filter(MailStatus status, String recipient, String template, LocalDate from, LocalDate to)
            implements Serializable {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    public record Page(List<MailView> rows, long total) {
    }

    @Inject
    private OutboxRepository mails;

    @Inject
    private MailTemplates templates;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Page page(Filter filter, int first, int max) {
        OutboxRepository.Criteria criteria = criteria(filter);
        return new Page(mails.page(criteria, first, Math.min(max, 100)).stream().map(this::view).toList(),
                mails.count(criteria));
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<MailView> latest(int max) {
        return page(Filter.NONE, 0, max).rows();
    }

    /** Template names for the filter. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<String> templateNames() {
        return templates.names();
    }

    /** Makes a pending or failed mail due now, its attempts counted afresh; audited. A sent mail stays sent. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void sendAgain(long id) {
        OutboxMail mail = mails.findForUpdate(id).orElseThrow(() -> new NotFoundException("mail " + id));
        if (!mail.canBeSentAgain()) {
            throw RuleViolationException.of("mail", "mailAlreadySent", null);
        }
        String before = mail.getStatus().name() + ", " + mail.getAttempts() + " attempts";
        mail.sendAgain(clock.instant());
        audit.record(AuditAction.MAIL_SENT_AGAIN, "mail:" + id, before);
    }

    private OutboxRepository.Criteria criteria(Filter f) {
        Filter filter = f == null ? Filter.NONE : f;
        RuleViolationException.Collector broken = new RuleViolationException.Collector()
                .length(filter.recipient(), "recipient", RECIPIENT_FILTER_MAX)
                .check(filter.template() == null || templates.names().contains(filter.template()), "template",
                        "unknownTemplate")
                .check(filter.from() == null || filter.to() == null || !filter.to().isBefore(filter.from()), "to",
                        "dateOrder");
        broken.throwIfAny();
        return new OutboxRepository.Criteria(filter.status(), filter.recipient(),
                filter.template() == null || filter.template().isBlank() ? null : filter.template(),
                start(filter.from()), filter.to() == null ? null : start(filter.to().plusDays(1)));
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(JapanTime.ZONE).toInstant();
    }

    private MailView view(OutboxMail m) {
        RenderedMail rendered = templates.render(m.getTemplate(), m.getLocale(), m.getParams());
        return new MailView(m.getId(), m.getRecipient(), m.getTemplate(), rendered.subject(), rendered.body(),
                m.getStatus().name(), m.getAttempts(), m.getCreatedAt(), m.getSentAt(), m.getLastError(),
                m.canBeSentAgain());
    }
}
