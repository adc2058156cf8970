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
        String target;
        if (externalContext.isUserInRole(Role.OFFICER_NAME) || externalContext.isUserInRole(Role.SUPERVISOR_NAME)) {
            target = "/officer/home.xhtml";
        } else if (externalContext.isUserInRole(Role.ORG_USER_NAME) || externalContext.isUserInRole(Role.AGENT_NAME)) {
            target = "/app/home.xhtml";
        } else {
            target = "/login.xhtml";
        }
        externalContext.redirect(externalContext.getRequestContextPath() + target);
    }
}
