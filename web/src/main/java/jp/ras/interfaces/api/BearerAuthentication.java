package jp.ras.interfaces.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import jp.ras.application.ApiTokenService;

/**
 * Authentication of {@code /api/*}: a valid {@code Authorization: Bearer} token makes its user the container's
 * caller with the user's role, for this request only (no HTTP session is made, and a session cookie counts for
 * nothing here, so the API cannot be driven by cross-site requests from a logged-in browser). Without a valid
 * token the request goes on anonymous and {@link ApiSecurityFilter} answers 401 or 403 in JSON; the login page
 * is never involved. A token costs a SHA-256 and an indexed look-up, never the password hash.
 */
@ApplicationScoped
@Typed(BearerAuthentication.class)
public class BearerAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: a bearer token was sent but is unknown, expired or revoked. */
    public static final String TOKEN_INVALID = "jp.ras.api.tokenInvalid";

    /** Request attribute: the token is valid but its user must act on the web first (a {@code Login.Result}). */
    public static final String TOKEN_PROBLEM = "jp.ras.api.tokenProblem";

    private static final String PREFIX = "/api/";

    @Inject
    private ApiTokenService tokens;

    /**
     * Whether the request is for the REST API, decided on the path the container serves (servlet path and path
     * info, decoded and normalised) and not on the raw address: {@code /api/%2e%2e/account/account.xhtml} is the
     * account page, not an API call (Security 1; such addresses are refused before this is asked).
     */
    public static boolean isApiRequest(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String path = (servletPath == null ? "" : servletPath)
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(PREFIX) || path.equals("/api");
    }

    /** The token of an {@code Authorization: Bearer <token>} header (RFC 6750), if the request has one. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (value.length() <= 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = value.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String> token = bearerToken(request.getHeader("Authorization"));
        if (token.isEmpty()) {
            return context.doNothing();
        }
        Optional<ApiTokenService.Caller> caller = tokens.caller(token.get());
        if (caller.isEmpty()) {
            request.setAttribute(TOKEN_INVALID, Boolean.TRUE);
            return context.doNothing();
        }
        if (caller.get().problem() != null) {
            request.setAttribute(TOKEN_PROBLEM, caller.get().problem());
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(caller.get().authId(), Set.of(caller.get().role().name()));
    }
}
