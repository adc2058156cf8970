package jp.ras.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import jp.ras.domain.model.account.Role;
import jp.ras.interfaces.api.BearerAuthentication;

/**
 * RAS's one authentication mechanism (Jakarta Security 3 allows one per application). It hands each request to
 * one of two: {@code /api/*} to {@link BearerAuthentication} (bearer tokens, no session, no login page), every
 * other request to {@link FormLogin} (the login page and the HTTP session). Which one is decided on the path the
 * container serves, and only for paths that are canonical ({@link CanonicalPath}; others get 400), so a bearer
 * token never authenticates a web page and the session never authenticates an API call (Security 1).
 */
@DeclareRoles({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
@ApplicationScoped
public class RasAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private FormLogin form;

    @Inject
    private BearerAuthentication bearer;

    private HttpAuthenticationMechanism forRequest(HttpServletRequest request) {
        return BearerAuthentication.isApiRequest(request) ? bearer : form;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        try {
            if (!CanonicalPath.admit(request, response)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        if (!BearerAuthentication.isApiRequest(request)) {
            forgetRefusedLogin(request, context);
            AuthenticationStatus resumed = form.resume(request, context);
            if (resumed != null) {
                return resumed;
            }
        }
        return forRequest(request).validateRequest(request, response, context);
    }

    /**
     * Soteria's {@code @LoginToContinue} marks the session when a login calls {@code SecurityContext.authenticate}
     * and clears the mark only when that login succeeds. After a refused login (a wrong password, or a password
     * waiting for its second factor) the mark stayed, and the next request for a protected page went down the
     * caller-initiated path, where nobody is signed in and nothing sends the user to the login page: an empty 200.
     * RAS's logins finish within their own request, so on every other request the mark is dropped and a protected
     * page sends the visitor to the login page as usual.
     */
    private static void forgetRefusedLogin(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SOTERIA_CALLER_INITIATED) != null) {
            session.removeAttribute(SOTERIA_CALLER_INITIATED);
        }
    }

    /** The session attribute of Soteria (Payara's Jakarta Security) that marks a caller-initiated login. */
    static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return forRequest(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        forRequest(request).cleanSubject(request, response, context);
    }
}
