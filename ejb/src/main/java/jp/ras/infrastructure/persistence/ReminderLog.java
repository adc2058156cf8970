package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import jp.ras.domain.model.reminder.ReminderKind;

/**
 * PR2, AC5: the reminders sent, one row per account, kind and milestone (table {@code reminder_sent}, V11). Written
 * in the caller's transaction (MANDATORY), the one that queues the mail, so a reminder is marked exactly when its
 * mail is queued.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderLog {

    /**
     * {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode): a second run, even one running at the
     * same time, waits for the first's row and then inserts nothing instead of failing its chunk.
     */
    private static final String MARK = "insert into reminder_sent (account_id, kind, milestone, sent_on, sent_at)"
            + " values (?, ?, ?, ?, ?) on conflict do nothing";

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    /** Marks the reminder as sent. Returns false when it was already marked: then it must not be mailed again. */
    public boolean mark(long accountId, ReminderKind kind, LocalDate milestone, LocalDate today, Instant now) {
        return em.createNativeQuery(MARK)
                .setParameter(1, accountId)
                .setParameter(2, kind.name())
                .setParameter(3, Date.valueOf(milestone))
                .setParameter(4, Date.valueOf(today))
                .setParameter(5, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
