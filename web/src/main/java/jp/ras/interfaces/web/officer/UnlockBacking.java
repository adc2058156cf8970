package jp.ras.interfaces.web.officer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import jp.ras.application.AccountService;
import jp.ras.application.UnknownAccountException;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * Supervisor screen: unlock an account before its 24 hours are over (AC4), or reset its second factor (issue 18).
 */
@Named
@RequestScoped
public class UnlockBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext facesContext;

    private String authId;

    public void unlock() {
        ResourceBundle bundle = ResourceBundle.getBundle("jp.ras.web.messages", facesContext.getViewRoot().getLocale());
        try {
            accounts.unlock(authId);
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    bundle.getString("unlock.done"), null));
            authId = null;
        } catch (UnknownAccountException e) {
            facesContext.addMessage("unlock:authId", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("unlock.unknown"), null));
        }
    }

    /** Issue 18: the supervisor resets the user's second factor (audited; the user is told by mail). */
    public void resetSecondFactor() {
        ResourceBundle bundle = ResourceBundle.getBundle("jp.ras.web.messages", facesContext.getViewRoot().getLocale());
        try {
            accounts.resetSecondFactor(authId == null ? "" : authId.strip());
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    bundle.getString("unlock.secondFactorReset"), null));
            authId = null;
        } catch (UnknownAccountException e) {
            facesContext.addMessage("unlock:authId", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("unlock.unknown"), null));
        } catch (RuleViolationException e) {
            Messages.violations("unlock", e);
        }
    }

    public String getAuthId() {
        return authId;
    }

    public void setAuthId(String authId) {
        this.authId = authId;
    }
}
