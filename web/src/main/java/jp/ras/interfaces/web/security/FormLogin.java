package jp.ras.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import jp.ras.application.AccountService;

/**
 * Form login on RAS's own login page: what {@code @CustomFormAuthenticationMechanismDefinition} defined before the
 * REST API came, now a class of its own so that {@link RasAuthentication} can hand it every request outside
 * {@code /api/}. {@code @LoginToContinue} sends unauthenticated requests for protected pages to the login page;
 * {@code useForwardToLogin = false} and the saved-request handling in
 * {@link jp.ras.interfaces.web.shell.LoginBacking} work around Payara bug #4734 (no EJB role on the first request
 * after a login that resumes the saved request).
 * <p>
 * The login is kept in the HTTP session by this class, not by {@code @AutoApplySession}: that interceptor hands the
 * container only the caller principal on every later request, and Payara then looks the groups up through a
 * thread-bound "additional principal" that is sometimes missing when requests of different sessions run at once
 * (Payara issue #6145) — the request is refused (403, shown as our 404 page). Measured here: 2 of 80 concurrent
 * requests of two signed-in users. This class stores the caller's name and groups at login and hands both to the
 * container on every request.
 * <p>
 * {@code @Typed} keeps it from being an {@link HttpAuthenticationMechanism} bean itself: Jakarta Security 3 allows
 * one, which is {@link RasAuthentication}.
 */
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@Typed(FormLogin.class)
@ApplicationScoped
public class FormLogin implements HttpAuthenticationMechanism {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FormLogin.class.getName());

    /** The session attribute holding the signed-in {@link Caller}. */
    static final String CALLER = FormLogin.class.getName() + ".caller";

    /**
     * Who signed in on this session, with the groups (roles) the identity store gave them and the account's credential
     * generation at the time (Security 4).
     */
    record Caller(String name, Set<String> groups, int generation) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    /** Checks the credential that {@code SecurityContext.authenticate} passed from the login page, if any, and keeps a
     * valid login in the session. */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                String name = result.getCallerPrincipal().getName();
                request.getSession(true).setAttribute(CALLER, new Caller(name, Set.copyOf(result.getCallerGroups()),
                        accounts.sessionGeneration(name).orElse(-1)));
                return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(),
                        result.getCallerGroups());
            }
            return context.notifyContainerAboutLogin(result);
        }
        return context.doNothing();
    }

    /**
     * The session's login handed to the container again, or null when this session has none or the login page is
     * authenticating anew. {@link RasAuthentication} asks this before {@link #validateRequest}, whose
     * {@code @LoginToContinue} interceptor would send a protected request to the login page first.
     */
    public AuthenticationStatus resume(HttpServletRequest request, HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null || context.getAuthParameters().isNewAuthentication()) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            if (!AccountGateFilter.pathOf(request).startsWith(AccessGate.RESOURCES)
                    && accounts.sessionGeneration(caller.name()).orElse(-1) != caller.generation()) {
                // Security 4: the password changed, was reset, the account locked or deleted since this login.
                LOG.info(() -> "Session of " + caller.name() + " ended: its credentials changed since the login");
                session.invalidate();
                return null;
            }
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        return null;
    }

    /**
     * Security 4: the signed-in user changed their password on this session, which stays signed in under the new
     * credential generation; every other session of the account has ended.
     */
    public static void credentialsRenewed(HttpServletRequest request, int generation) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            session.setAttribute(CALLER, new Caller(caller.name(), caller.groups(), generation));
        }
    }

    /** Logging out ends the session's login too. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
