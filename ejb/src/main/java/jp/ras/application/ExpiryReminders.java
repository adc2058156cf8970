package jp.ras.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.reminder.PasswordReminder;
import jp.ras.domain.model.reminder.ReminderKind;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.PeriodicReportRepository;
import jp.ras.infrastructure.persistence.ReminderLog;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * PR2, AC5: the reminder mails of the batch job {@code expiry-reminders}. The job reads candidate ids with the
 * {@code *Candidates} methods (outside any transaction) and hands each chunk to {@code remind*}, which commits in a
 * transaction of its own (see {@link OrganisationSweep} for why not the chunk's); the domain decides what is due on
 * the business date, and {@link ReminderLog} makes each (account, kind, milestone) go out once, in the transaction
 * that queues its mail — also when the job runs twice or a chunk is replayed, and catching up after days missed.
 * Only the job reaches it, which has no caller ({@code @PermitAll}; scheduled or started by hand). A session bean of
 * this module, not a plain CDI bean, so that the job's calls from ras-batch.jar run in this module's context, where
 * the persistence unit is (see README, Decisions).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExpiryReminders {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PeriodicReportRepository reports;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ReminderLog reminders;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /**
     * PR2: ids above {@code after}, in order, of active organisations whose expiry is from {@code today} to two
     * months (and a few days' slack for month lengths) ahead and that have filed no report of this cycle.
     */
    public List<Long> reportCandidates(LocalDate today, long after, int max) {
        return organisations.expiringWithoutReport(today, today.plusMonths(2).plusDays(3), after, max);
    }

    /** PR2: mails the periodic-report reminder to every active user of these organisations once. Returns the mails. */
    public int remindReports(List<Long> organisationIds, LocalDate today) {
        if (organisationIds.isEmpty()) {
            return 0;
        }
        List<Organisation> due = organisations.byIds(organisationIds);
        Set<Long> filed = reports.organisationsReportedThisCycle(organisationIds);
        Map<Long, List<UserAccount>> users = accounts.activeOfOrganisations(organisationIds);
        Instant now = clock.instant();
        int sent = 0;
        for (Organisation organisation : due) {
            if (!organisation.isReportReminderDue(today, filed.contains(organisation.getId()))) {
                continue;
            }
            for (UserAccount user : users.getOrDefault(organisation.getId(), List.of())) {
                if (reminders.mark(user.getId(), ReminderKind.REPORT, organisation.getValidUntil(), today, now)) {
                    outbox.queue(user.getMailAddress(), user.getLocale(), "report-reminder", Map.of(
                            "name", user.getDisplayName(), "organisation", organisation.getName(),
                            "validUntil", organisation.getValidUntil().toString(),
                            "dueDate", organisation.reportDueDate().toString()));
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * AC5: ids above {@code after}, in order, of active accounts with a password whose password expires within
     * the next 30 days (the query bounds it by when the password was set, with a day's slack either side; the
     * domain decides exactly).
     */
    public List<Long> passwordCandidates(LocalDate today, long after, int max) {
        Instant from = today.minusYears(1).minusDays(1).atStartOfDay(JapanTime.ZONE).toInstant();
        Instant to = today.plusDays(PasswordReminder.FIRST_DAYS_BEFORE + 2L).minusYears(1)
                .atStartOfDay(JapanTime.ZONE).toInstant();
        return accounts.activeWithPasswordSetBetween(from, to, after, max);
    }

    /**
     * AC5: mails the password reminder due on {@code today} to each of these accounts once per milestone; when
     * the 30-day and the 7-day reminders are both due, only the 7-day one goes out and both are marked. Returns the
     * mails.
     */
    public int remindPasswords(List<Long> accountIds, LocalDate today) {
        Instant now = clock.instant();
        int sent = 0;
        for (UserAccount account : accounts.byIds(accountIds)) {
            if (!account.receivesPasswordReminders()) {
                continue;
            }
            Optional<PasswordReminder> due = PasswordReminder.due(account.passwordExpiryDate(), today);
            if (due.isEmpty()) {
                continue;
            }
            PasswordReminder reminder = due.get();
            boolean send = reminders.mark(account.getId(), reminder.send(), reminder.expiry(), today, now);
            for (ReminderKind kind : reminder.marks()) {
                if (kind != reminder.send()) {
                    reminders.mark(account.getId(), kind, reminder.expiry(), today, now);
                }
            }
            if (send) {
                outbox.queue(account.getMailAddress(), account.getLocale(), "password-expiring", Map.of(
                        "name", account.getDisplayName(), "authId", account.getAuthId(),
                        "expiryDate", reminder.expiry().toString(),
                        "daysLeft", Long.toString(reminder.daysLeft())));
                sent++;
            }
        }
        return sent;
    }
}
