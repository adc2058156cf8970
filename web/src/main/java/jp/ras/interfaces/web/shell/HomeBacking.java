package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.ras.domain.model.account.Role;

/** The root address: sends each role to its home page, and anonymous visitors to the login page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private ExternalContext externalContext;

    public void route() throws IOException {
        externalContext.redirect(externalContext.getRequestContextPath() + homePath(externalContext));
    }

    /** The home page of the signed-in user's role, or the login page. */
    public static String homePath(ExternalContext externalContext) {
        if (externalContext.isUserInRole(Role.OFFICER_NAME) || externalContext.isUserInRole(Role.SUPERVISOR_NAME)) {
            return "/officer/home.xhtml";
        } else if (externalContext.isUserInRole(Role.ORG_USER_NAME) || externalContext.isUserInRole(Role.AGENT_NAME)) {
            return "/app/home.xhtml";
        }
        return "/login.xhtml";
    }
}
