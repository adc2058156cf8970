package jp.ras.interfaces.api.v1;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import jp.ras.application.AccountService;
import jp.ras.application.ApiTokenService;
import jp.ras.domain.model.account.Role;
import jp.ras.interfaces.api.ApiError;
import jp.ras.interfaces.api.ApiErrors;
import jp.ras.interfaces.api.ApiLanguage;
import jp.ras.interfaces.api.BearerAuthentication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Log in (HTTP Basic → bearer token) and out. */
@Path("v1/tokens")
@RequestScoped
@Tag(name = "tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    private ApiTokenService tokens;

    @Inject
    private AccountService accounts;

    /** Issue 18: the header carrying the second factor's code at a token login. */
    public static final String SECOND_FACTOR_HEADER = "X-RAS-Second-Factor";

    /** A new login token. */
    @Schema(name = "Token")
    public record TokenResponse(
            @Schema(description = "the bearer token; shown only here") String token,
            @Schema(type = SchemaType.STRING, format = "date-time",
                    description = "when it lapses if not used before; each call pushes this on by 30 minutes")
            Instant expiresAt) {
    }

    @POST
    @PermitAll
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Log in: authentication ID and password (HTTP Basic) for a bearer token",
            description = "The same rules as the login page: five wrong passwords in a row lock the account for"
                    + " 24 hours (AC4), and every attempt is audited. A user whose password expired (AC5) or who"
                    + " has not agreed to the current terms of use (SE2) logs in on the web first (403). An account"
                    + " with a second factor (issue 18) sends the current TOTP code or an unused recovery code in the"
                    + " header " + SECOND_FACTOR_HEADER + "; a wrong code counts towards the lock as a wrong"
                    + " password does.")
    @APIResponse(responseCode = "200", description = "logged in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "wrong ID or password, or the account is locked",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "password expired or terms of use not agreed: use the web",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "too many failed logins from this client address: wait the"
            + " seconds of Retry-After", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response logIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(SECOND_FACTOR_HEADER) String secondFactorCode) {
        Locale locale = ApiLanguage.choose(acceptLanguage);
        Optional<String[]> basic = basicCredentials(authorization);
        if (basic.isEmpty()) {
            return basicChallenge(ApiErrors.of(401, "basicRequired", locale));
        }
        OptionalLong wait = accounts.loginRetryAfter();
        if (wait.isPresent()) {
            return Response.fromResponse(ApiErrors.of(429, "tooManyLogins", locale))
                    .header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build();
        }
        ApiTokenService.Login login = tokens.logIn(basic.get()[0], basic.get()[1], secondFactorCode);
        return switch (login.result()) {
            case ISSUED -> Response.ok(new TokenResponse(login.token(), login.expiresAt()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
            case INVALID -> basicChallenge(ApiErrors.of(401, "loginFailed", locale));
            case PASSWORD_EXPIRED -> ApiErrors.of(403, "passwordExpired", locale);
            case TERMS_REQUIRED -> ApiErrors.of(403, "termsRequired", locale);
            case SECOND_FACTOR_REQUIRED -> ApiErrors.of(401, "secondFactorRequired", locale);
            case SECOND_FACTOR_ENROLMENT_REQUIRED -> ApiErrors.of(403, "secondFactorEnrolmentRequired", locale);
        };
    }

    @DELETE
    @Path("current")
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Log out: the token of this call stops working at once")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "401", description = "no valid token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response logOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revokeCurrent(BearerAuthentication.bearerToken(authorization).orElseThrow());
        return Response.noContent().build();
    }

    private static Response basicChallenge(Response response) {
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"RAS\", charset=\"UTF-8\"").build();
    }

    /** ID and password of an {@code Authorization: Basic} header (RFC 7617, UTF-8). */
    static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (value.length() <= 6 || !value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }
}
