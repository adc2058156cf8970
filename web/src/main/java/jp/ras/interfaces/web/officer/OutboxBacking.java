package jp.ras.interfaces.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.ras.application.MailView;
import jp.ras.application.OutboxService;

/** Supervisor screen: the mail outbox, so queued mails can be read even when no SMTP server is configured. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxService outbox;

    private List<MailView> mails;

    @PostConstruct
    void load() {
        mails = outbox.latest(200);
    }

    public List<MailView> getMails() {
        return mails;
    }
}
