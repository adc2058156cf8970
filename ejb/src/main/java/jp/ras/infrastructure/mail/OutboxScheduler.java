package jp.ras.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox senders every few seconds: {@code ras.mail.senders} of them side by side (issue 14), each until
 * nothing is due. A non-persistent timer that works from the outbox table, so nothing is lost when the server
 * restarts; overlapping runs are skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private OutboxSender sender;

    @Inject
    private SmtpSettings smtp;

    @Resource
    private ManagedExecutorService executor;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 1; i < smtp.senders(); i++) {
                others.add(executor.submit(sender::sendDue));
            }
            sender.sendDue();
            for (Future<Integer> other : others) {
                try {
                    other.get();
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "An outbox sender failed; it is retried at the next tick", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox run failed; it is retried at the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
