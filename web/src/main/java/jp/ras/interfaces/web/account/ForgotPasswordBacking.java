package jp.ras.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.ras.application.AccountService;
import jp.ras.interfaces.web.shell.Messages;

/**
 * forgot-password.xhtml (AC2): authentication ID and registered mail address ask for a reset link. The answer is
 * the same whether or not they match an account, so the page never tells whether an ID exists (AC4).
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private AccountService accounts;

    private String authId;
    private String mail;

    public void send() {
        accounts.requestPasswordReset(authId.strip(), mail.strip());
        Messages.info("account", "forgot.sent");
        authId = null;
        mail = null;
    }

    public String getAuthId() {
        return authId;
    }

    public void setAuthId(String authId) {
        this.authId = authId;
    }

    public String getMail() {
        return mail;
    }

    public void setMail(String mail) {
        this.mail = mail;
    }
}
