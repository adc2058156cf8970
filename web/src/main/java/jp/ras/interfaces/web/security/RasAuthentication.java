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
            AuthenticationStatus resumed = form.resume(request, context);
            if (resumed != null) {
                return resumed;
            }
        }
        return forRequest(request).validateRequest(request, response, context);
    }

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
