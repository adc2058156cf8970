package jp.ras.interfaces.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import jp.ras.application.ApiTokenService;

/**
 * Who may call a resource method: {@code @PermitAll} ones anybody; every other one a caller with a valid bearer
 * token (else 401 with {@code WWW-Authenticate: Bearer}), whose user has nothing to do on the web first (AC5, SE2:
 * else 403), and who holds one of the {@code @RolesAllowed} roles (else 403). The EJBs check the roles again.
 * It runs at the authentication priority, before Payara's own {@code @RolesAllowed} filter, which would answer
 * without the API's JSON and challenge.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiSecurityFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        Locale locale = ApiLanguage.choose(context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Object problem = request.getAttribute(BearerAuthentication.TOKEN_PROBLEM);
        if (problem == ApiTokenService.Login.Result.PASSWORD_EXPIRED) {
            context.abortWith(ApiErrors.of(403, "passwordExpired", locale));
            return;
        }
        if (problem == ApiTokenService.Login.Result.TERMS_REQUIRED) {
            context.abortWith(ApiErrors.of(403, "termsRequired", locale));
            return;
        }
        if (problem == ApiTokenService.Login.Result.SECOND_FACTOR_ENROLMENT_REQUIRED) {
            context.abortWith(ApiErrors.of(403, "secondFactorEnrolmentRequired", locale));
            return;
        }
        SecurityContext security = context.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            context.abortWith(ApiErrors.unauthorized(locale,
                    request.getAttribute(BearerAuthentication.TOKEN_INVALID) != null));
            return;
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (roles != null && Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
            context.abortWith(ApiErrors.of(403, "forbidden", locale));
        }
    }
}
