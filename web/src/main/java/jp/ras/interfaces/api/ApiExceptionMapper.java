package jp.ras.interfaces.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.application.NotFoundException;
import jp.ras.application.UnknownAccountException;
import jp.ras.domain.shared.RuleViolationException;

/**
 * Every exception of an API call as a JSON error in the caller's language: broken rules are 422 with each field
 * (AP9), or 409 when the application's state, not the input, is what stands in the way (RC3); what is not found,
 * or is another organisation's, is 404; no role is 403; anything unexpected is 500 without details.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    /** Violations that say the state of what is asked about forbids the change, whatever the input. */
    static final Set<String> STATE_KEYS = Set.of("receiptMethodLocked", "statusChange", "alreadyDecided",
            "alreadyRemoved", "organisationDeleted");

    private static final Map<Integer, String> CODES = Map.of(400, "badRequest", 401, "unauthorized", 403,
            "forbidden", 404, "notFound", 405, "methodNotAllowed", 406, "notAcceptable", 413, "payloadTooLarge", 415,
            "unsupportedMediaType");

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = ApiLanguage.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Throwable e = thrown instanceof EJBException && !(thrown instanceof EJBAccessException)
                && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof RuleViolationException violation) {
            boolean state = violation.violations().stream().allMatch(v -> STATE_KEYS.contains(v.key()));
            return ApiErrors.of(state ? 409 : 422, state ? "conflict" : "validation", locale,
                    ApiErrors.fieldErrors(violation.violations(), locale));
        }
        if (e instanceof NotFoundException) {
            return ApiErrors.of(404, "notFound", locale);
        }
        if (e instanceof EJBAccessException) {
            return ApiErrors.of(403, "forbidden", locale);
        }
        if (e instanceof UnknownAccountException) {
            return ApiErrors.unauthorized(locale, true);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 401) {
                return ApiErrors.unauthorized(locale, request.getAttribute(BearerAuthentication.TOKEN_INVALID) != null);
            }
            if (status >= 400 && status < 500) {
                Response error = ApiErrors.of(status, CODES.getOrDefault(status, "badRequest"), locale);
                return copyAllow(web.getResponse(), error);
            }
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException web) {
                    return toResponse(web);
                }
            }
            return ApiErrors.of(400, "badRequest", locale);
        }
        LOG.log(Level.SEVERE, "API call failed", thrown);
        return ApiErrors.of(500, "serverError", locale);
    }

    /** A 405 keeps its {@code Allow} header. */
    private static Response copyAllow(Response original, Response error) {
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? error : Response.fromResponse(error).header(HttpHeaders.ALLOW, allow).build();
    }
}
