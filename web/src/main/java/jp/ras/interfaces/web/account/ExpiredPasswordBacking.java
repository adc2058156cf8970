package jp.ras.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.ras.application.AccountService;
import jp.ras.interfaces.web.shell.HomeBacking;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.UserSession;

/**
 * account/password.xhtml (AC5): a password older than a year must be replaced before anything else; the gate
 * filter keeps the user here until it is. Then on to the terms (when still owed) or home.
 */
@Named
@RequestScoped
public class ExpiredPasswordBacking extends PasswordChangeForm {

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession userSession;

    @Inject
    private ExternalContext externalContext;

    @Override
    protected AccountService accounts() {
        return accounts;
    }

    public boolean isExpired() {
        return userSession.isPasswordExpired();
    }

    public void changePassword() throws IOException {
        if (!change()) {
            return;
        }
        userSession.passwordChanged();
        Messages.info("account", "account.passwordChanged");
        externalContext.getFlash().setKeepMessages(true);
        String next = userSession.requiredPage();
        externalContext.redirect(externalContext.getRequestContextPath()
                + (next != null ? next : HomeBacking.homePath(externalContext)));
    }
}
