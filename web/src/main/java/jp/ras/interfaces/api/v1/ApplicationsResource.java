package jp.ras.interfaces.api.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.interfaces.api.ApiError;
import jp.ras.interfaces.api.ApiLanguage;
import jp.ras.interfaces.web.application.HistoryNotes;
import jp.ras.interfaces.api.OpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Residence applications of the caller's organisation (AP1–AP9, RN1, ST1, RC1–RC3), through the same
 * {@link ResidenceApplicationService} as the screens. Another organisation's application is 404, never 403.
 */
@Path("v1/applications")
@RequestScoped
@Tag(name = "applications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
public class ApplicationsResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    private ResidenceApplicationService applications;

    @Context
    private UriInfo uri;

    /** An extension of period of stay to file (在留期間更新許可申請). */
    @Schema(name = "Filing")
    public static class Filing {
        @Schema(required = true, description = "the person, from GET /api/v1/roster (AP2)")
        public Long rosterEntryId;
        @Schema(required = true, format = OpenApiFilter.RE_ENTRY_PERMIT,
                description = "a re-entry permit filed with it (AP1)")
        public String reEntry;
        @Schema(description = "permission for activity outside status filed with it (AP1)")
        public Boolean activityPermission;
        @Schema(required = true, example = "3年", description = "the period of stay asked for")
        public String desiredPeriod;
        @Schema(required = true, maxLength = 1000) public String reason;
        @Schema(required = true, description = "the applicant is in Japan, not abroad on a re-entry permit (AP7)")
        public Boolean presenceConfirmed;
        @Schema(required = true, format = OpenApiFilter.RECEIPT_METHOD,
                description = "how the card is received (RC1, RC2)")
        public String receiptMethod;
        @Schema(description = "a kanji name is to be shown on the card") public Boolean kanjiRequested;
        @Schema(description = "required when kanjiRequested") public String kanjiName;
        @Schema(required = true, description = "the applicant's own mail address (RN1)")
        public String applicantMail;
        @Schema(enumeration = {"ja", "en"}, description = "language of the applicant's mails (default en)")
        public String applicantLanguage;
        @Schema(required = true, format = "byte",
                description = "face photo (AP8): JPEG or PNG in base64, portrait 3:4, at least 300×400, at most 5 MB")
        public String photo;
    }

    @Schema(name = "Filed")
    public record Filed(long id,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            @Schema(description = "申請受付仮番号 (RN1)", example = "20261126-0000123") String provisionalReceiptNumber,
            @Schema(type = SchemaType.STRING, format = "date", description = "the Japan date of filing (AP3)")
            LocalDate acceptanceDate) {

        static Filed of(ResidenceApplicationService.Filed f) {
            return new Filed(f.id(), f.status(), f.provisionalNumber(), f.acceptanceDate());
        }
    }

    @Schema(name = "ApplicationSummary")
    public record Summary(long id, String provisionalReceiptNumber,
            @Schema(description = "申請受付番号, given the next day (RN2)") String receiptNumber,
            String nameRoman,
            @Schema(description = "the status of residence as recorded (the roster's Japanese name)",
                    example = "技術・人文知識・国際業務") String statusOfResidence,
            @Schema(description = "the status of residence in the language of Accept-Language (Japanese by default),"
                    + " the agency's published name", example = "Engineer/Specialist in Humanities/International"
                    + " Services") String statusOfResidenceText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate acceptanceDate,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            @Schema(description = "the status in the language of Accept-Language (Japanese by default), the words"
                    + " the screens use", example = "審査中") String statusText,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.RECEIPT_METHOD) ReceiptMethod receiptMethod,
            @Schema(description = "residence card number as the roster showed it at filing, masked",
                    example = "AB********CD") String maskedCardNumber,
            @Schema(type = SchemaType.STRING, format = "date",
                    description = "expiry of the period of stay as the roster showed it at filing") LocalDate stayExpiry) {

        static Summary of(ResidenceApplicationService.Row r, Locale locale) {
            return new Summary(r.id(), r.provisionalNumber(), r.receiptNumber(), r.nameRoman(),
                    r.statusOfResidence(), ResidenceTerms.status(r.statusOfResidence(), locale), r.acceptanceDate(), r.status(), ApiLanguage.status(locale, r.status()),
                    r.receiptMethod(), r.maskedCardNumber(), r.stayExpiry());
        }
    }

    @Schema(name = "ApplicationPage")
    public record Page(List<Summary> items, int page, int size, long total) {
    }

    @Schema(name = "ApplicationEvent")
    public record Event(@Schema(type = SchemaType.STRING, format = "date-time") Instant at,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            @Schema(description = "the status in the language of Accept-Language (Japanese by default), the words"
                    + " the screens use", example = "審査中") String statusText,
            String actor,
            @Schema(description = "the note as recorded: RAS's own notes are fixed English phrases"
                    + " (\"granted 1年 until 2028-01-31\"), an officer's words as typed") String note,
            @Schema(description = "the note in the language of Accept-Language (Japanese by default): RAS's own"
                    + " phrases and periods translated (\"許可（在留期間：1年、満了日：2028-01-31）\","
                    + " \"Granted: 1 year, until 2028-01-31\"), an officer's words as typed") String noteText) {

        /** The history with each note also in the caller's language (AP11). */
        static List<Event> of(List<ResidenceApplicationService.Event> history, Locale locale) {
            List<HistoryNotes.Line> lines = HistoryNotes.of(history, HistoryNotes.texts(locale), locale);
            List<Event> events = new java.util.ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                ResidenceApplicationService.Event e = history.get(i);
                String text = lines.get(i).note();
                events.add(new Event(e.at(), e.status(), ApiLanguage.status(locale, e.status()), e.actor(), e.note(),
                        e.note() == null ? null : text));
            }
            return events;
        }
    }

    /** One application with its whole history (ST1). */
    @Schema(name = "Application")
    public record Detail(long id, String provisionalReceiptNumber, String receiptNumber,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            @Schema(description = "the status in the language of Accept-Language (Japanese by default), the words"
                    + " the screens use", example = "審査中") String statusText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate acceptanceDate,
            String nameRoman, String nationality,
            @Schema(description = "the nationality by name in the language of Accept-Language (Japanese by default),"
                    + " with the code", example = "ベトナム（VNM）") String nationalityText,
            @Schema(description = "the status of residence as recorded", example = "技術・人文知識・国際業務")
            String statusOfResidence,
            @Schema(description = "the status of residence in the language of Accept-Language (Japanese by default)",
                    example = "Engineer/Specialist in Humanities/International Services") String statusOfResidenceText,
            @Schema(description = "the period of stay as recorded", example = "1年") String periodOfStay,
            @Schema(description = "the period of stay in the language of Accept-Language (Japanese by default)",
                    example = "1 year") String periodOfStayText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate stayExpiry,
            @Schema(description = "the regional office that handles it") String office,
            String filedBy, String applicantMail,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.RE_ENTRY_PERMIT) ReEntryPermit reEntry,
            boolean activityPermission,
            @Schema(description = "the desired period as typed", example = "3年") String desiredPeriod,
            @Schema(description = "the desired period in the language of Accept-Language (Japanese by default)",
                    example = "3 years") String desiredPeriodText,
            String reason,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.RECEIPT_METHOD) ReceiptMethod receiptMethod,
            boolean kanjiRequested, String kanjiName, List<Event> history,
            @Schema(description = "residence card number as the roster showed it at filing, masked",
                    example = "AB********CD") String maskedCardNumber) {

        /** The service's detail under the API's names (its documents request and decision are not shown here). */
        static Detail of(ResidenceApplicationService.Detail d, Locale locale) {
            ResidenceApplicationService.Row r = d.row();
            return new Detail(r.id(), r.provisionalNumber(), r.receiptNumber(), r.status(),
                    ApiLanguage.status(locale, r.status()), r.acceptanceDate(),
                    r.nameRoman(), d.nationality(), ResidenceTerms.nationality(d.nationality(), locale),
                    r.statusOfResidence(),
                    ResidenceTerms.status(r.statusOfResidence(), locale), d.periodOfStay(),
                    ResidenceTerms.period(d.periodOfStay(), locale), d.stayExpiry(),
                    d.officeCode(), d.filedBy(), d.applicantMail(), ReEntryPermit.valueOf(d.reEntry()),
                    d.activityPermission(), d.desiredPeriod(), ResidenceTerms.period(d.desiredPeriod(), locale),
                    d.reason(), r.receiptMethod(), d.kanjiRequested(),
                    d.kanjiName(), Event.of(d.history(), locale), r.maskedCardNumber());
        }
    }

    @Schema(name = "CardReceipt")
    public static class CardReceipt {
        @Schema(required = true, format = OpenApiFilter.RECEIPT_METHOD) public String method;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an extension of period of stay",
            description = "Every filing rule is checked (AP1–AP9, RC1, RC2, PR5) and every broken one reported on"
                    + " its field, with the rule; nothing is stored then. On success the user and the applicant"
                    + " are mailed the provisional receipt number (RN1).")
    @APIResponse(responseCode = "201", description = "filed; Location names the application",
            content = @Content(schema = @Schema(implementation = Filed.class)))
    @APIResponse(responseCode = "422", description = "broken rules, each with its field, rule and text",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response file(Filing filing) {
        Input input = new Input();
        input.require(filing != null, "body", "apiBody");
        input.done();
        input.require(filing.rosterEntryId != null, "rosterEntryId", "required");
        ReEntryPermit reEntry = input.constant(ReEntryPermit.class, filing.reEntry, "reEntry", "apiReEntry");
        ReceiptMethod method = input.constant(ReceiptMethod.class, filing.receiptMethod, "receiptMethod",
                "apiReceiptMethod");
        var language = input.language(filing.applicantLanguage, "applicantLanguage");
        byte[] photo = input.base64(filing.photo, "photo");
        input.done();
        ResidenceApplication.Form form = new ResidenceApplication.Form(reEntry,
                Input.isTrue(filing.activityPermission), filing.desiredPeriod, filing.reason,
                Input.isTrue(filing.presenceConfirmed), method, Input.isTrue(filing.kanjiRequested), filing.kanjiName,
                filing.applicantMail, language);
        ResidenceApplicationService.Filed filed = applications.file(filing.rosterEntryId, form, photo);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(filed.id())).build())
                .entity(Filed.of(filed))
                .build();
    }

    @GET
    @Operation(summary = "My organisation's applications, newest first (申請情報一覧, ST1)")
    @APIResponse(responseCode = "200", description = "one page",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = "a parameter out of range",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Page list(
            @Parameter(description = "only this status",
                    schema = @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS))
            @QueryParam("status") String status,
            @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Input input = new Input();
        ApplicationStatus wanted = input.constant(ApplicationStatus.class, status, "status", "apiStatus");
        int pageNumber = input.number(page, 1, 1, Integer.MAX_VALUE / ResidenceApplicationService.MAX_PAGE, "page");
        int pageSize = input.number(size, DEFAULT_PAGE_SIZE, 1, ResidenceApplicationService.MAX_PAGE, "size");
        input.done();
        ResidenceApplicationService.Page rows = applications.mine(wanted, (pageNumber - 1) * pageSize, pageSize);
        Locale locale = ApiLanguage.choose(acceptLanguage);
        return new Page(rows.rows().stream().map(r -> Summary.of(r, locale)).toList(), pageNumber, pageSize,
                rows.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application with its history")
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = "no such application in my organisation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Detail detail(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Detail.of(applications.detail(Input.id(id, "application")), ApiLanguage.choose(acceptLanguage));
    }

    @PUT
    @Path("{id}/card-receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change how the residence card is received (RC3)",
            description = "Only while the application is FILED or UNDER_REVIEW (else 409, rule RC3), and only to a"
                    + " method RC2 allows (else 422). The change is mailed.")
    @APIResponse(responseCode = "204", description = "changed")
    @APIResponse(responseCode = "404", description = "no such application in my organisation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "the application's status allows no change (RC3)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "the method is not allowed for this application (RC2)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response changeCardReceipt(@PathParam("id") String id, CardReceipt body) {
        long applicationId = Input.id(id, "application");
        Input input = new Input();
        ReceiptMethod method = input.constant(ReceiptMethod.class, body == null ? null : body.method, "method",
                "apiReceiptMethod");
        input.require(body != null && body.method != null && !body.method.isBlank(), "method", "required");
        input.done();
        applications.changeReceiptMethod(applicationId, method);
        return Response.noContent().build();
    }
}
