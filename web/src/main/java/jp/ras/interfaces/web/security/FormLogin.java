package jp.ras.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login on RAS's own login page: what {@code @CustomFormAuthenticationMechanismDefinition} defined before the
 * REST API came, now a class of its own so that {@link RasAuthentication} can hand it every request outside
 * {@code /api/}. The standard interceptors do the work of the annotation: {@code @LoginToContinue} sends
 * unauthenticated requests for protected pages to the login page, {@code @AutoApplySession} keeps the login in
 * the HTTP session. {@code useForwardToLogin = false} and the saved-request handling in
 * {@link jp.ras.interfaces.web.shell.LoginBacking} work around Payara bug #4734 (no EJB role on the first request
 * after a login that resumes the saved request).
 * <p>
 * {@code @Typed} keeps it from being an {@link HttpAuthenticationMechanism} bean itself: Jakarta Security 3 allows
 * one, which is {@link RasAuthentication}.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@Typed(FormLogin.class)
@ApplicationScoped
public class FormLogin implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    /** Checks the credential that {@code SecurityContext.authenticate} passed from the login page, if any. */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(
                    identityStores.validate(context.getAuthParameters().getCredential()));
        }
        return context.doNothing();
    }
}
