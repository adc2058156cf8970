package jp.ras.interfaces.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jp.ras.application.AccountService;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.security.FormLogin;
import jp.ras.interfaces.web.shell.Messages;

/**
 * The change-password form (AC1, AC5) that the account page and the forced change share: current password, new
 * password and the new one again. The repetition is checked here; the policy by {@link AccountService}.
 */
public abstract class PasswordChangeForm {

    /** The form's id on both pages (WEB-INF/templates/password-change.xhtml). */
    static final String FORM = "password";

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    protected abstract AccountService accounts();

    /** Changes the password; false when the input was refused (the messages are on the fields). */
    protected boolean change() {
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                throw RuleViolationException.of("repeatPassword", "passwordMismatch", null);
            }
            int generation = accounts().changePassword(currentPassword, newPassword);
            FormLogin.credentialsRenewed((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest(), generation);
            return true;
        } catch (RuleViolationException e) {
            Messages.violations(FORM, e);
            return false;
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
