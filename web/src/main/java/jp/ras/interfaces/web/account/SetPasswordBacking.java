package jp.ras.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import jp.ras.application.AccountService;
import jp.ras.domain.model.account.TokenPurpose;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * set-password.xhtml?token=…[&amp;reset=true]: the first password (link in the approval mail, 72 h) or a new one
 * after "forgot password" (AC2, 1 h). The link's parameters are read once, when the view is made; the token then
 * lives in this view only, and the form posts to the bare page address.
 */
@Named
@ViewScoped
public class SetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "setpw";

    @Inject
    private AccountService accounts;

    @Inject
    private ExternalContext externalContext;

    private String token;
    private boolean reset;
    private String owner;
    private boolean done;

    private String newPassword;
    private String repeatPassword;

    /** Who the link belongs to, while it is usable; nothing changes by opening the link. */
    @PostConstruct
    void load() {
        Map<String, String> parameters = externalContext.getRequestParameterMap();
        token = parameters.get("token");
        reset = "true".equals(parameters.get("reset"));
        owner = token == null || token.isBlank() ? null : accounts.linkOwner(token, purpose()).orElse(null);
    }

    public boolean isReset() {
        return reset;
    }

    private TokenPurpose purpose() {
        return isReset() ? TokenPurpose.RESET_PASSWORD : TokenPurpose.SET_PASSWORD;
    }

    public void submit() {
        try {
            if (owner == null) {
                throw RuleViolationException.of("token", "linkInvalid", null);
            }
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                throw RuleViolationException.of("repeatPassword", "passwordMismatch", null);
            }
            accounts.setPasswordByLink(token, purpose(), newPassword);
            done = true;
            token = null;
            Messages.info("account", "setPassword.done");
        } catch (RuleViolationException e) {
            if (e.violations().stream().anyMatch(v -> "token".equals(v.field()))) {
                owner = null;
                token = null;
            } else {
                Messages.violations(FORM, e);
            }
        } finally {
            newPassword = null;
            repeatPassword = null;
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

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
