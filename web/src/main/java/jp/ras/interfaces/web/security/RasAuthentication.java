package jp.ras.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jp.ras.domain.model.account.Role;

/**
 * Form login on RAS's own login page. {@code useForwardToLogin = false} and the saved-request handling in
 * {@link jp.ras.interfaces.web.shell.LoginBacking} work around Payara bug #4734 (no EJB role on the first request
 * after a login that resumes the saved request).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
@ApplicationScoped
public class RasAuthentication {
}
