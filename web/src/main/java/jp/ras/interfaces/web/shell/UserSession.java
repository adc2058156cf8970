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

    /** Issue 18: the one page an officer or supervisor without a second factor may use. */
    public static final String SECOND_FACTOR_PAGE = "/account/second-factor.xhtml";

    /** Issue 18: how long the code may follow the password before the login starts again. */
    static final java.time.Duration SECOND_FACTOR_WAIT = java.time.Duration.ofMinutes(5);

    private Instant previousLogin;
    private boolean passwordExpired;
    private boolean termsRequired;
    private boolean secondFactorEnrolmentRequired;

    /** Issue 18: whose password this session accepted, waiting for the code; not a login. */
    private String pendingSecondFactor;
    private Instant pendingSince;

    public void loggedIn(LoginOutcome outcome) {
        this.previousLogin = outcome.previousLogin();
        this.passwordExpired = outcome.passwordExpired();
        this.termsRequired = outcome.termsRequired();
        this.secondFactorEnrolmentRequired = outcome.secondFactorEnrolmentRequired();
        this.pendingSecondFactor = null;
        this.pendingSince = null;
    }

    /** Issue 18: the password was right; the code comes next on login-code.xhtml. */
    public void awaitSecondFactor(String authId) {
        this.pendingSecondFactor = authId;
        this.pendingSince = Instant.now();
    }

    /** Issue 18: whose code login-code.xhtml asks for, or null when none is awaited (or the wait is over). */
    public String pendingSecondFactor() {
        if (pendingSecondFactor != null && Instant.now().isAfter(pendingSince.plus(SECOND_FACTOR_WAIT))) {
            clearPendingSecondFactor();
        }
        return pendingSecondFactor;
    }

    public void clearPendingSecondFactor() {
        pendingSecondFactor = null;
        pendingSince = null;
    }

    public void secondFactorEnrolled() {
        secondFactorEnrolmentRequired = false;
    }

    public boolean isSecondFactorEnrolmentRequired() {
        return secondFactorEnrolmentRequired;
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
        if (termsRequired) {
            return TERMS_PAGE;
        }
        return secondFactorEnrolmentRequired ? SECOND_FACTOR_PAGE : null;
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
