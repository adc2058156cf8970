package jp.ras.infrastructure.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox sender every few seconds. A non-persistent timer that works from the outbox table, so nothing
 * is lost when the server restarts; overlapping runs are skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private OutboxSender sender;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox run failed; it is retried at the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
