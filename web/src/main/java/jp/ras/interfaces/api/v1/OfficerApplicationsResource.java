package jp.ras.interfaces.api.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.ras.application.OfficerApplicationService;
import jp.ras.application.OrganisationService;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.application.UnknownAccountException;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.CardReceiver;
import jp.ras.domain.model.application.PostHandOver;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.WithdrawnPart;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.api.ApiError;
import jp.ras.interfaces.api.OpenApiFilter;
import jp.ras.interfaces.api.ApiErrors;
import jp.ras.interfaces.api.ApiLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Officers: the residence applications of the regional offices (ST1–ST3, AP8, RC4–RC7), through the same
 * {@link OfficerApplicationService} as the intranet's review screens. Every rule is the service's and the domain's:
 * this class only reads the JSON into their parameters. A step the application's status does not allow is 409
 * with the rule; broken input is 422 with each field and rule.
 */
@Path("v1/officer/applications")
@RequestScoped
@Tag(name = "officer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
public class OfficerApplicationsResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    static final List<String> REVIEW_ACTIONS = List.of("start", "assign", "requestDocuments", "resume");

    static final List<String> OUTCOMES = List.of("GRANTED", "DENIED");

    static final List<String> CARD_ACTIONS = List.of("ready", "post", "counter");

    /** The decision's fields as the service names them → as this API names them. */
    static final Map<String, String> DECISION_FIELDS = Map.of("grantedPeriod", "period", "reason", "reasons");

    @Inject
    private OfficerApplicationService applications;

    @Inject
    private OrganisationService organisations;

    @Schema(name = "OfficerApplicationRow", description = "one application of the queue")
    public record Row(long id,
            @Schema(description = "申請受付番号 once given (RN2), else the provisional number (RN1)") String number,
            String organisation, String nameRoman, String statusOfResidence,
            @Schema(description = "the status of residence in the language of Accept-Language (Japanese by default)",
                    example = "Engineer/Specialist in Humanities/International Services") String statusOfResidenceText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate acceptanceDate,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            @Schema(description = "the status in the language of Accept-Language (Japanese by default), the words"
                    + " the screens use", example = "審査中") String statusText,
            @Schema(description = "the officer's authentication ID; null when unassigned") String assignedTo,
            @Schema(description = "days since the acceptance date (ST2)") long daysSinceFiling,
            @Schema(description = "still open after the standard 1 month (ST2)") boolean overStandard) {

        static Row of(OfficerApplicationService.Row r, Locale locale) {
            return new Row(r.id(), r.number(), r.organisation(), r.nameRoman(), r.statusOfResidence(),
                    ResidenceTerms.status(r.statusOfResidence(), locale), r.acceptanceDate(), r.status(), ApiLanguage.status(locale, r.status()), r.assignedTo(),
                    r.daysSinceFiling(), r.overStandard());
        }
    }

    @Schema(name = "OfficerApplicationPage")
    public record Page(List<Row> items,
            @Schema(description = "offset of the first item, from 0") int first,
            @Schema(description = "the page size asked for") int size,
            @Schema(description = "all applications that match") long total) {
    }

    @Schema(name = "ApplicantPerson", description = "the foreign national as on the organisation's roster")
    public record Person(String nameRoman, String nameKanji, String nationality,
            @Schema(description = "the nationality by name in the language of Accept-Language (Japanese by default),"
                    + " with the code", example = "ベトナム（VNM）") String nationalityText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate dateOfBirth,
            @Schema(type = SchemaType.STRING, enumeration = {"MALE", "FEMALE"}) Sex sex,
            @Schema(description = "residence card number") String cardNumber, String passportNumber,
            String statusOfResidence,
            @Schema(description = "the status of residence in the language of Accept-Language (Japanese by default)",
                    example = "Engineer/Specialist in Humanities/International Services") String statusOfResidenceText,
            String periodOfStay,
            @Schema(description = "the period of stay in the language of Accept-Language (Japanese by default)",
                    example = "1 year") String periodOfStayText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate stayExpiry, String address) {

        static Person of(ForeignNational p, Locale locale) {
            return new Person(p.getNameRoman(), p.getNameKanji(), p.getNationality(),
                    ResidenceTerms.nationality(p.getNationality(), locale), p.getDateOfBirth(), p.getSex(),
                    p.getCardNumber(), p.getPassportNumber(), p.getStatusOfResidence(),
                    ResidenceTerms.status(p.getStatusOfResidence(), locale), p.getPeriodOfStay(),
                    ResidenceTerms.period(p.getPeriodOfStay(), locale), p.getStayExpiry(), p.getAddress());
        }
    }

    /** One application as the review screen shows it, with its history (ST1). */
    @Schema(name = "OfficerApplication")
    public record Detail(long id, String number,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            @Schema(description = "the status in the language of Accept-Language (Japanese by default), the words"
                    + " the screens use", example = "審査中") String statusText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate acceptanceDate,
            long daysSinceFiling, boolean overStandard,
            @Schema(description = "the regional office's code") String office,
            String organisation, String filedBy, String assignedTo, Person person, String applicantMail,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.RE_ENTRY_PERMIT) ReEntryPermit reEntry,
            boolean activityPermission, String desiredPeriod,
            @Schema(description = "the desired period in the language of Accept-Language (Japanese by default)",
                    example = "3 years") String desiredPeriodText,
            String reason,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.RECEIPT_METHOD) ReceiptMethod receiptMethod,
            boolean kanjiRequested, String kanjiName,
            @Schema(description = "the documents asked for (AP8)") String documentsMessage,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate documentsDue,
            @Schema(description = "true granted, false denied, null not decided") Boolean granted,
            String grantedPeriod,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate newExpiry, String denialReason,
            @Schema(type = SchemaType.STRING, format = "date",
                    description = "when the permission took effect (RC6)") LocalDate effectiveDate,
            @Schema(description = "the fee the revenue stamps must make up (RC4, RC5)") int feeYen,
            List<ApplicationsResource.Event> history) {

        /** The service's detail under the API's names, with the fee of the day. */
        static Detail of(OfficerApplicationService.Detail d, int feeYen, Locale locale) {
            OfficerApplicationService.Row r = d.row();
            return new Detail(r.id(), r.number(), r.status(), ApiLanguage.status(locale, r.status()),
                    r.acceptanceDate(), r.daysSinceFiling(),
                    r.overStandard(), d.officeCode(), r.organisation(), d.filedBy(), r.assignedTo(),
                    Person.of(d.person(), locale), d.applicantMail(), ReEntryPermit.valueOf(d.reEntry()),
                    d.activityPermission(), d.desiredPeriod(), ResidenceTerms.period(d.desiredPeriod(), locale),
                    d.reason(), ReceiptMethod.valueOf(d.receiptMethod()),
                    d.kanjiRequested(), d.kanjiName(), d.documentsMessage(), d.documentsDue(), d.granted(),
                    d.grantedPeriod(), d.newExpiry(), d.denialReason(), d.effectiveDate(), feeYen,
                    ApplicationsResource.Event.of(d.history(), locale));
        }
    }

    @Schema(name = "ApplicationState", description = "the application after the step")
    public record State(long id,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS)
            ApplicationStatus status,
            String assignedTo,
            @Schema(type = SchemaType.STRING, format = OpenApiFilter.RE_ENTRY_PERMIT) ReEntryPermit reEntry,
            boolean activityPermission) {
    }

    /** A step of the review; only the fields of its action are read. */
    @Schema(name = "ReviewStep")
    public static class Review {
        @Schema(required = true, enumeration = {"start", "assign", "requestDocuments", "resume"},
                description = "start: FILED → UNDER_REVIEW, assigned to me unless assigned; assign: to `officer`,"
                        + " before the decision; requestDocuments: UNDER_REVIEW → DOCUMENTS_REQUESTED with `message`"
                        + " and `due`, the user is mailed (AP8); resume: DOCUMENTS_REQUESTED → UNDER_REVIEW with an"
                        + " optional `note`")
        public String action;
        @Schema(description = "assign: the authentication ID of an active officer or supervisor",
                example = "OFC0000001")
        public String officer;
        @Schema(maxLength = 1000, description = "requestDocuments: what to send")
        public String message;
        @Schema(format = "date", example = "2026-12-10", description = "requestDocuments: due date, after today")
        public String due;
        @Schema(description = "resume: what came") public String note;
    }

    /** The decision (審査完了); supervisors only. */
    @Schema(name = "Decision")
    public static class Decision {
        @Schema(required = true, enumeration = {"GRANTED", "DENIED"}) public String outcome;
        @Schema(example = "1年", description = "GRANTED: the period of stay granted") public String period;
        @Schema(format = "date", example = "2028-03-31",
                description = "GRANTED: the new expiry, after the current one")
        public String newExpiry;
        @Schema(description = "DENIED: the reasons") public String reasons;
    }

    /** ST3: a withdrawal on the applicant's or user's recorded request. */
    @Schema(name = "Withdrawal")
    public static class Withdrawal {
        @Schema(required = true, enumeration = {"WHOLE", "RE_ENTRY", "ACTIVITY"},
                description = "the whole application, or only its re-entry or activity permission application")
        public String part;
        @Schema(required = true, description = "the request as received (who, when, how)") public String request;
    }

    /** RC4–RC7: the card made, and handed over by post or at the counter; only the fields of the action are read. */
    @Schema(name = "CardStep")
    public static class Card {
        @Schema(required = true, enumeration = {"ready", "post", "counter"},
                description = "ready: the card is made, the user is mailed (RC6); post: sent and delivered (RC5–RC7);"
                        + " counter: handed over at the counter (RC4, RC7)")
        public String action;
        @Schema(description = "post: the items came to this office (RC5)") public Boolean itemsAtThisOffice;
        @Schema(description = "post: the fee form is signed by the applicant (RC5)") public Boolean feeFormSigned;
        @Schema(example = "4000", description = "post, counter: the revenue stamps on the fee form, in yen (the"
                + " application's feeYen)")
        public Integer stampsYen;
        @Schema(description = "post: the organisation's or the agent's address the card went to (RC5)")
        public String dispatchedTo;
        @Schema(format = "date", description = "post: the delivery date, today or earlier; the permission takes"
                + " effect then (RC6)")
        public String deliveredOn;
        @Schema(description = "post, counter: the old card was punched and returned (RC7)")
        public Boolean oldCardPunched;
        @Schema(enumeration = {"APPLICANT", "LEGAL_REPRESENTATIVE", "USER"},
                description = "counter: who received the card (RC4)")
        public String receiver;
        @Schema(description = "counter: the documents seen (passport, card, fee form, the 審査完了 mail; RC4)")
        public String documentsSeen;
    }

    @GET
    @Operation(summary = "The queue of residence applications, oldest first (ST1, ST2)",
            description = "The same queue as the intranet's 申請一覧: per office (all by default) and status, paged in"
                    + " the database, with the days since filing against the standard 2 weeks to 1 month.")
    @APIResponse(responseCode = "200", description = "one page",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "422", description = "an unknown office or status, or a number out of range",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Page queue(
            @Parameter(description = "a regional office's code, e.g. tokyo (default: every office)")
            @QueryParam("office") String office,
            @Parameter(description = "only this status",
                    schema = @Schema(type = SchemaType.STRING, format = OpenApiFilter.APPLICATION_STATUS))
            @QueryParam("status") String status,
            @Parameter(description = "offset of the first item, from 0 (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Input input = new Input();
        String officeCode = office == null || office.isBlank() ? null : office.strip();
        input.require(officeCode == null || organisations.offices().stream()
                .anyMatch(o -> o.code().equals(officeCode)), "office", "apiOffice");
        ApplicationStatus wanted = input.constant(ApplicationStatus.class, status, "status", "apiStatus");
        int from = input.number(first, 0, 0, Integer.MAX_VALUE, "first");
        int pageSize = input.number(size, DEFAULT_PAGE_SIZE, 1, ResidenceApplicationService.MAX_PAGE, "size");
        input.done();
        OfficerApplicationService.Page page = applications.queue(officeCode, wanted, from, pageSize);
        Locale locale = ApiLanguage.choose(acceptLanguage);
        return new Page(page.rows().stream().map(r -> Row.of(r, locale)).toList(), from, pageSize, page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application as filed, with its decision, card handover and history (ST1)")
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = "no such application",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Detail detail(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Detail.of(applications.detail(Input.id(id, "application")), applications.feeYen(),
                ApiLanguage.choose(acceptLanguage));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review: start, assign, request documents (AP8), resume (ST1)",
            description = "`{\"action\":\"start\"}`, `{\"action\":\"assign\",\"officer\":\"OFC0000001\"}`,"
                    + " `{\"action\":\"requestDocuments\",\"message\":\"…\",\"due\":\"2026-12-10\"}`,"
                    + " `{\"action\":\"resume\",\"note\":\"…\"}`.")
    @APIResponse(responseCode = "200", description = "done; the application now",
            content = @Content(schema = @Schema(implementation = State.class)))
    @APIResponse(responseCode = "404", description = "no such application",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "not in the present status (rule ST1)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "broken input, each with its field (and rule)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public State review(@PathParam("id") String id, Review body) {
        long applicationId = Input.id(id, "application");
        Input input = body(body);
        String action = input.oneOf(body.action, REVIEW_ACTIONS, "action", "apiReviewAction");
        input.require(body.action != null && !body.action.isBlank(), "action", "required");
        input.require(!"assign".equals(action) || body.officer != null && !body.officer.isBlank(), "officer",
                "required");
        LocalDate due = "requestDocuments".equals(action) ? input.date(body.due, "due") : null;
        input.done();
        switch (action) {
            case "start" -> applications.startReview(applicationId);
            case "assign" -> {
                try {
                    applications.assign(applicationId, body.officer.strip());
                } catch (UnknownAccountException e) {
                    throw RuleViolationException.of("officer", "unknownOfficer", null);
                }
            }
            case "requestDocuments" -> applications.requestDocuments(applicationId, body.message, due);
            default -> applications.resumeReview(applicationId, body.note);
        }
        return state(applicationId);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Decide: granted or denied (審査完了); supervisors only",
            description = "`{\"outcome\":\"GRANTED\",\"period\":\"1年\",\"newExpiry\":\"2028-03-31\"}` or"
                    + " `{\"outcome\":\"DENIED\",\"reasons\":\"…\"}`. Only while UNDER_REVIEW; the user is mailed.")
    @APIResponse(responseCode = "200", description = "decided; the application now",
            content = @Content(schema = @Schema(implementation = State.class)))
    @APIResponse(responseCode = "403", description = "not a supervisor",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "no such application",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "not under review (rule ST1)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "broken input, each with its field",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public State decide(@PathParam("id") String id, Decision body) {
        long applicationId = Input.id(id, "application");
        Input input = body(body);
        String outcome = input.oneOf(body.outcome, OUTCOMES, "outcome", "apiOutcome");
        input.require(body.outcome != null && !body.outcome.isBlank(), "outcome", "required");
        LocalDate newExpiry = "GRANTED".equals(outcome) ? input.date(body.newExpiry, "newExpiry") : null;
        input.done();
        try {
            if ("GRANTED".equals(outcome)) {
                applications.grant(applicationId, body.period, newExpiry);
            } else {
                applications.deny(applicationId, body.reasons);
            }
        } catch (RuleViolationException e) {
            throw ApiErrors.renamed(e, DECISION_FIELDS);
        }
        return state(applicationId);
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the whole application or its re-entry / activity part (ST3)",
            description = "`{\"part\":\"WHOLE\",\"request\":\"…\"}`; RE_ENTRY or ACTIVITY withdraws only that part and"
                    + " the extension goes on. Only before the decision; the user is mailed.")
    @APIResponse(responseCode = "200", description = "withdrawn; the application now",
            content = @Content(schema = @Schema(implementation = State.class)))
    @APIResponse(responseCode = "404", description = "no such application",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "already decided or withdrawn (rule ST3)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "broken input, each with its field and rule",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public State withdraw(@PathParam("id") String id, Withdrawal body) {
        long applicationId = Input.id(id, "application");
        Input input = body(body);
        WithdrawnPart part = input.constant(WithdrawnPart.class, body.part, "part", "apiWithdrawnPart");
        input.done();
        applications.withdraw(applicationId, part, body.request);
        return state(applicationId);
    }

    @POST
    @Path("{id}/card")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The residence card: made (RC6), handed over by post (RC5–RC7) or at the counter (RC4, RC7)",
            description = "`{\"action\":\"ready\"}`;"
                    + " `{\"action\":\"post\",\"itemsAtThisOffice\":true,\"feeFormSigned\":true,\"stampsYen\":4000,"
                    + "\"dispatchedTo\":\"…\",\"deliveredOn\":\"2026-12-01\",\"oldCardPunched\":true}`;"
                    + " `{\"action\":\"counter\",\"receiver\":\"APPLICANT\",\"documentsSeen\":\"…\",\"stampsYen\":4000,"
                    + "\"oldCardPunched\":true}`. A missing flag counts as false, missing stamps as 0 yen.")
    @APIResponse(responseCode = "200", description = "done; the application now",
            content = @Content(schema = @Schema(implementation = State.class)))
    @APIResponse(responseCode = "404", description = "no such application",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "not granted, or the card not made or already handed over"
            + " (rule RC6, ST1)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "broken input, each with its field and rule",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public State card(@PathParam("id") String id, Card body) {
        long applicationId = Input.id(id, "application");
        Input input = body(body);
        String action = input.oneOf(body.action, CARD_ACTIONS, "action", "apiCardAction");
        input.require(body.action != null && !body.action.isBlank(), "action", "required");
        LocalDate deliveredOn = "post".equals(action) ? input.date(body.deliveredOn, "deliveredOn") : null;
        CardReceiver receiver = "counter".equals(action)
                ? input.constant(CardReceiver.class, body.receiver, "receiver", "apiCardReceiver") : null;
        input.done();
        int stamps = body.stampsYen == null ? 0 : body.stampsYen;
        switch (action) {
            case "ready" -> applications.cardReady(applicationId);
            case "post" -> applications.handOverByPost(applicationId, PostHandOver.builder()
                    .itemsAtThisOffice(Input.isTrue(body.itemsAtThisOffice))
                    .feeFormSigned(Input.isTrue(body.feeFormSigned)).stampsYen(stamps).dispatchedTo(body.dispatchedTo)
                    .deliveredOn(deliveredOn).oldCardPunchedAndReturned(Input.isTrue(body.oldCardPunched)).build());
            default -> applications.handOverAtCounter(applicationId, receiver, body.documentsSeen, stamps,
                    Input.isTrue(body.oldCardPunched));
        }
        return state(applicationId);
    }

    /** The input of a body, which must be there. */
    private static Input body(Object body) {
        Input input = new Input();
        input.require(body != null, "body", "apiBody");
        input.done();
        return input;
    }

    private State state(long id) {
        OfficerApplicationService.Detail d = applications.detail(id);
        return new State(id, d.row().status(), d.row().assignedTo(), ReEntryPermit.valueOf(d.reEntry()),
                d.activityPermission());
    }
}
