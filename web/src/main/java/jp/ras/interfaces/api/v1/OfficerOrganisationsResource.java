package jp.ras.interfaces.api.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import jp.ras.application.OrganisationService;
import jp.ras.application.PersonData;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.interfaces.api.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers: organisations' rosters (PR6), through the same {@link OrganisationService} as the intranet. */
@Path("v1/officer/organisations")
@RequestScoped
@Tag(name = "officer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
public class OfficerOrganisationsResource {

    @Inject
    private OrganisationService organisations;

    /** A foreign national for an organisation's list (所属している外国人リスト, UA4). */
    @Schema(name = "Person")
    public static class Person {
        @Schema(required = true, example = "NGUYEN VAN AN", description = "roman capital letters as on the card")
        public String nameRoman;
        public String nameKanji;
        @Schema(required = true, example = "VNM") public String nationality;
        @Schema(required = true, format = "date", example = "1994-03-12") public String dateOfBirth;
        @Schema(required = true, enumeration = {"MALE", "FEMALE"}) public String sex;
        @Schema(required = true, example = "AB12345678CD", description = "residence card number")
        public String cardNumber;
        public String passportNumber;
        @Schema(required = true, example = "技術・人文知識・国際業務") public String statusOfResidence;
        @Schema(required = true, example = "3年") public String periodOfStay;
        @Schema(required = true, format = "date", example = "2027-03-31") public String stayExpiry;
        public String address;
    }

    @Schema(name = "RosterEntryAdded")
    public record Added(@Schema(description = "the new roster entry") long rosterEntryId) {
    }

    @POST
    @Path("{id}/roster")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a foreign national to an organisation's roster (PR6)")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(schema = @Schema(implementation = Added.class)))
    @APIResponse(responseCode = "404", description = "no such organisation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "broken rules, each with its field",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response addToRoster(@PathParam("id") String id, Person person) {
        long organisationId = Input.id(id, "organisation");
        Input input = new Input();
        input.require(person != null, "body", "apiBody");
        input.done();
        LocalDate dateOfBirth = input.date(person.dateOfBirth, "dateOfBirth");
        LocalDate stayExpiry = input.date(person.stayExpiry, "stayExpiry");
        Sex sex = input.constant(Sex.class, person.sex, "sex", "apiSex");
        input.done();
        long entry = organisations.addToRoster(organisationId, new PersonData(person.nameRoman, person.nameKanji,
                person.nationality, dateOfBirth, sex, person.cardNumber, person.passportNumber,
                person.statusOfResidence, person.periodOfStay, stayExpiry, person.address));
        return Response.status(Response.Status.CREATED).entity(new Added(entry)).build();
    }
}
