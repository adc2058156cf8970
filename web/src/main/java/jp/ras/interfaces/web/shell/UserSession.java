package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import jp.ras.domain.model.account.LoginOutcome;

/**
 * What the session remembers about its login: the time of the previous login, shown once logged in, and what the
 * user must do before anything else (AC5: set a new password; SE2: agree to the terms of use).
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** AC5: the one page a user whose password expired may use. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    /** SE2: the one page an organisation user or agent who has not agreed to the terms may use. */
    public static final String TERMS_PAGE = "/account/terms.xhtml";

    private Instant previousLogin;
    private boolean passwordExpired;
    private boolean termsRequired;

    public void loggedIn(LoginOutcome outcome) {
        this.previousLogin = outcome.previousLogin();
        this.passwordExpired = outcome.passwordExpired();
        this.termsRequired = outcome.termsRequired();
    }

    public void passwordChanged() {
        passwordExpired = false;
    }

    public void termsAccepted() {
        termsRequired = false;
    }

    /** The page the user must finish first, or null when they may go anywhere their role allows. */
    public String requiredPage() {
        if (passwordExpired) {
            return PASSWORD_PAGE;
        }
        return termsRequired ? TERMS_PAGE : null;
    }

    public Instant getPreviousLogin() {
        return previousLogin;
    }

    public boolean isPasswordExpired() {
        return passwordExpired;
    }

    public boolean isTermsRequired() {
        return termsRequired;
    }
}
