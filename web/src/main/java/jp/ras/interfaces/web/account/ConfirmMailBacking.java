package jp.ras.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.ras.application.AccountService;
import jp.ras.domain.model.account.TokenPurpose;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * confirm-mail.xhtml?token=… (AC1): opening the link changes nothing; the button does, so that a mail scanner
 * that follows links cannot confirm an address on the user's behalf.
 */
@Named
@ViewScoped
public class ConfirmMailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private ExternalContext externalContext;

    private String token;
    private String owner;
    private boolean done;

    /** Who the link belongs to, while it is usable; the token then lives in this view only. */
    @PostConstruct
    void load() {
        token = externalContext.getRequestParameterMap().get("token");
        owner = token == null || token.isBlank() ? null
                : accounts.linkOwner(token, TokenPurpose.CONFIRM_MAIL).orElse(null);
    }

    public void confirm() {
        try {
            if (owner == null) {
                throw RuleViolationException.of("token", "linkInvalid", null);
            }
            accounts.confirmMailChange(token);
            done = true;
            Messages.info("account", "confirmMail.done");
        } catch (RuleViolationException e) {
            owner = null;
        } finally {
            token = null;
        }
    }

    public boolean isValid() {
        return owner != null;
    }

    public String getOwner() {
        return owner;
    }

    public boolean isDone() {
        return done;
    }
}
