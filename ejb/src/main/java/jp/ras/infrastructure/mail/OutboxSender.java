package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends due mails batch after batch until none is due, the server is down, the instance stops ({@link OutboxGate}), or {@link #MAX_PER_RUN} were claimed.
 * Several of these run side by side ({@link OutboxScheduler}); their batches never overlap (SKIP LOCKED).
 */
@ApplicationScoped
public class OutboxSender {

    static final int MAX_PER_RUN = 20_000;

    @Inject
    private OutboxDispatcher dispatcher;

    @Inject
    private SmtpSettings smtp;

    @Inject
    private OutboxGate gate;

    /** Returns the number of mails sent. */
    public int sendDue() {
        if (!smtp.isConfigured() || !gate.enter()) {
            return 0;
        }
        try {
            return sendBatches();
        } finally {
            gate.leave();
        }
    }

    private int sendBatches() {
        int batch = smtp.batchSize();
        int sent = 0;
        int claimed = 0;
        while (claimed < MAX_PER_RUN && !gate.closed()) {
            OutboxDispatcher.Batch result = dispatcher.deliverBatch(batch);
            sent += result.sent();
            claimed += result.claimed();
            if (result.serverDown() || result.claimed() < batch) {
                break;
            }
        }
        return sent;
    }
}
