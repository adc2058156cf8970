package jp.ras.interfaces.api.v1;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.ras.application.CaseNumbers;
import jp.ras.application.CaseStatusService;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.interfaces.api.ApiError;
import jp.ras.interfaces.api.OpenApiFilter;
import jp.ras.interfaces.web.status.StatusAnswer;
import jp.ras.interfaces.web.status.StatusDates;
import jp.ras.interfaces.web.status.StatusLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issue 17: the applicant's status look-up, open to everyone (no token): the same {@link CaseStatusService} and texts
 * as the status page. A POST, so that the date of birth never stands in an address or an access log.
 */
@Path("v1/case-status")
@RequestScoped
@Tag(name = "case-status")
@Produces(MediaType.APPLICATION_JSON)
public class CaseStatusResource {

    @Inject
    private CaseStatusService service;

    /** What the applicant gives. */
    @Schema(name = "CaseStatusQuery")
    public static class Query {
        @Schema(required = true, description = "申請受付番号 (RN2) or 申請受付仮番号 (RN1)",
                example = "東オンE26000123")
        public String number;
        @Schema(required = true, description = "the applicant's date of birth, year-month-day",
                example = "1990-04-12")
        public String dateOfBirth;
    }

    /** The status of the application found, in the language asked for; nothing about the person. */
    @Schema(name = "CaseStatus")
    public record Answer(
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            @Schema(description = "the status in the officers' words, in the answer's language", example = "審査中")
            String statusText,
            @Schema(type = SchemaType.STRING, format = "date-time",
                    description = "when the application took this status (Japan time)") OffsetDateTime since,
            @Schema(description = "the next step for the applicant, in the answer's language") String nextStep,
            @Schema(enumeration = {"ja", "en", "zh-CN", "vi"}, description = "the answer's language")
            String language) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The status of an application, for its applicant: number and date of birth, no login",
            description = "Answers the status, since when and the next step, in Japanese, English, simplified Chinese"
                    + " or Vietnamese by Accept-Language (Japanese by default), never a name or other personal data."
                    + " A wrong number and a wrong date of birth get the same 404. Every look-up is audited; a client"
                    + " address may look up 20 times in 15 minutes, and a number that found nothing 10 times in an"
                    + " hour (RAS_CASE_STATUS_*), else 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "found",
            content = @Content(schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "404", description = "no application with this number and date of birth",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "a field missing or malformed (field errors)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "too many look-ups from this address or of this number: wait"
            + " the seconds of Retry-After", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response lookUp(Query query,
            @Parameter(description = "ja, en, zh-CN (any Chinese but traditional), vi")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = StatusLanguage.choose(acceptLanguage);
        if (query == null) {
            return error(400, "badRequest", locale, List.of());
        }
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (query.number == null || query.number.isBlank()) {
            errors.add(field("number", "number.required", locale));
        } else if (!CaseNumbers.wellFormed(query.number)) {
            errors.add(field("number", "number.malformed", locale));
        }
        LocalDate birth = null;
        if (query.dateOfBirth == null || query.dateOfBirth.isBlank()) {
            errors.add(field("dateOfBirth", "dob.required", locale));
        } else {
            birth = StatusDates.parse(query.dateOfBirth);
            if (birth == null) {
                errors.add(field("dateOfBirth", "dob.malformed", locale));
            }
        }
        if (!errors.isEmpty()) {
            return error(422, "validation", locale, errors);
        }
        CaseStatusService.Answer result = service.lookUp(query.number, birth);
        if (result instanceof CaseStatusService.Found found) {
            StatusAnswer answer = StatusAnswer.of(found, locale);
            return Response.ok(new Answer(answer.status(), answer.statusText(), answer.since(), answer.nextStep(),
                    StatusLanguage.tag(locale))).header(HttpHeaders.CONTENT_LANGUAGE, StatusLanguage.tag(locale))
                    .build();
        }
        if (result instanceof CaseStatusService.Throttled throttled) {
            return Response.fromResponse(error(429, "tooMany", locale, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds()).build();
        }
        return error(404, "notFound", locale, List.of());
    }

    private static ApiError.FieldError field(String name, String key, Locale locale) {
        return new ApiError.FieldError(name, null, StatusLanguage.text(locale, key));
    }

    private static Response error(int status, String error, Locale locale, List<ApiError.FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, StatusLanguage.tag(locale))
                .entity(new ApiError(status, error, StatusLanguage.text(locale, "api." + error), errors)).build();
    }
}
