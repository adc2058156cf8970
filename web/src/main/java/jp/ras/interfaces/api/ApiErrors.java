package jp.ras.interfaces.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;

/** Builds the JSON error responses of the API. */
public final class ApiErrors {

    /** Field names of the services that the API calls differently. */
    private static final Map<String, String> API_FIELDS = Map.of("person", "rosterEntryId");

    private ApiErrors() {
    }

    /** An error with the text {@code api.<error>} of the API's bundle. */
    public static Response of(int status, String error, Locale locale) {
        return of(status, error, locale, List.of());
    }

    public static Response of(int status, String error, Locale locale, List<ApiError.FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, error, ApiLanguage.text(locale, "api." + error), errors)).build();
    }

    /** 401 with the challenge of RFC 6750; {@code invalidToken} when a token was sent but is not usable. */
    public static Response unauthorized(Locale locale, boolean invalidToken) {
        return Response.fromResponse(of(401, invalidToken ? "invalidToken" : "unauthorized", locale))
                .header("WWW-Authenticate", invalidToken ? "Bearer realm=\"RAS\", error=\"invalid_token\""
                        : "Bearer realm=\"RAS\"")
                .build();
    }

    /** Field errors with their texts in the caller's language; the fields as the API names them. */
    public static List<ApiError.FieldError> fieldErrors(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> new ApiError.FieldError(API_FIELDS.getOrDefault(v.field(), v.field()),
                v.rule(), ApiLanguage.text(locale, "violation." + v.messageKey(),
                        v.messageArguments()))).toList();
    }

    /**
     * The same broken rules with the fields named as one call of the API names them ({@code fields}: the service's
     * name → the API's); a field not in {@code fields} keeps its name.
     */
    public static RuleViolationException renamed(RuleViolationException e, Map<String, String> fields) {
        return new RuleViolationException(e.violations().stream()
                .map(v -> Violation.of(fields.getOrDefault(v.field(), v.field()), v.key(), v.rule())).toList());
    }
}
