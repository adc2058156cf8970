package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends every due mail, one transaction each; stops at the first failure (the server is likely down). */
@ApplicationScoped
public class OutboxSender {

    static final int MAX_PER_RUN = 200;

    @Inject
    private OutboxDispatcher dispatcher;

    @Inject
    private SmtpSettings smtp;

    /** Returns the number of mails sent. */
    public int sendDue() {
        if (!smtp.isConfigured()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            OutboxDispatcher.Result result = dispatcher.deliverNext();
            if (result != OutboxDispatcher.Result.SENT) {
                break;
            }
            sent++;
        }
        return sent;
    }
}
