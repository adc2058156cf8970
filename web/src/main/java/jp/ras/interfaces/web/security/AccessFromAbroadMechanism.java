package jp.ras.interfaces.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * AP12 before authentication: the container asks the form mechanism about every request before any servlet filter
 * runs, and for a protected page it would answer with the login redirect. This decorator puts the
 * {@link AccessGate} in front of it, so a client from abroad gets the refusal (403) for protected pages and the
 * login alike; {@link ClientAddressFilter} is the same check for requests the mechanism does not see.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AccessFromAbroadMechanism implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private AccessGate gate;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        try {
            if (!gate.admit(request, response)) {
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException | ServletException e) {
            throw new AuthenticationException(e);
        }
        return delegate.validateRequest(request, response, context);
    }
}
