package jp.ras.interfaces.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jp.ras.application.AccountService;
import jp.ras.application.AccountSummary;
import jp.ras.domain.model.account.Role;

/** The signed-in user as the page templates show them, and logout. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private ExternalContext externalContext;

    private AccountSummary summary;

    @PostConstruct
    void load() {
        if (externalContext.getUserPrincipal() != null) {
            summary = accounts.mySummary().orElse(null);
        }
    }

    public AccountSummary getSummary() {
        return summary;
    }

    /** Officers and supervisors work in the intranet; their own pages use its frame. */
    public boolean isIntranet() {
        return externalContext.isUserInRole(Role.OFFICER_NAME) || externalContext.isUserInRole(Role.SUPERVISOR_NAME);
    }

    public boolean isSupervisor() {
        return externalContext.isUserInRole(Role.SUPERVISOR_NAME);
    }

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        if (request.getUserPrincipal() != null) {
            accounts.loggedOut();
        }
        request.logout();
        externalContext.invalidateSession();
        // The session is gone, so the login page hears of the logout from its address and says so.
        externalContext.redirect(request.getContextPath() + "/login.xhtml?loggedOut=1");
    }
}
