package jp.ras.interfaces.api.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.application.MyOrganisationService;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.interfaces.api.ApiError;
import jp.ras.interfaces.api.ApiLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My organisation's current list of foreign nationals (UA4, AP2), card numbers masked. */
@Path("v1/roster")
@RequestScoped
@Tag(name = "roster")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
public class RosterResource {

    @Inject
    private MyOrganisationService myOrganisation;

    @Schema(name = "Roster")
    public record Roster(
            @Schema(description = "the caller's organisation") long organisationId,
            String organisationName,
            @Schema(description = "ACTIVE, SUSPENDED, …") String organisationState,
            @Schema(type = SchemaType.STRING, format = "date",
                    description = "end of the current period of use (UA6, PR4)") LocalDate validUntil,
            @Schema(description = "whether applications can be filed now (PR5)") boolean canFile,
            List<Person> persons) {
    }

    @Schema(name = "RosterPerson")
    public record Person(
            @Schema(description = "the rosterEntryId to file an application for") long rosterEntryId,
            String nameRoman, String nameKanji,
            @Schema(description = "three-letter code", example = "VNM") String nationality,
            @Schema(description = "the nationality by name in the language of Accept-Language (Japanese by default),"
                    + " with the code", example = "ベトナム（VNM）") String nationalityText,
            String statusOfResidence,
            @Schema(description = "the status of residence in the language of Accept-Language (Japanese by default)",
                    example = "Engineer/Specialist in Humanities/International Services") String statusOfResidenceText,
            String periodOfStay,
            @Schema(description = "the period of stay in the language of Accept-Language (Japanese by default)",
                    example = "1 year") String periodOfStayText,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate stayExpiry,
            @Schema(description = "residence card number, masked", example = "AB********CD")
            String maskedCardNumber,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate addedOn) {
    }

    @GET
    @Operation(summary = "My organisation's current roster")
    @APIResponse(responseCode = "200", description = "the roster",
            content = @Content(schema = @Schema(implementation = Roster.class)))
    @APIResponse(responseCode = "401", description = "no valid token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Roster roster(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = ApiLanguage.choose(acceptLanguage);
        MyOrganisationService.View view = myOrganisation.mine();
        return new Roster(view.summary().id(), view.summary().name(), view.summary().state().name(),
                view.summary().validUntil(), view.canFile(), view.roster().stream().map(p -> new Person(p.entryId(),
                        p.nameRoman(), p.nameKanji(), p.nationality(),
                        ResidenceTerms.nationality(p.nationality(), locale), p.statusOfResidence(),
                        ResidenceTerms.status(p.statusOfResidence(), locale), p.periodOfStay(),
                        ResidenceTerms.period(p.periodOfStay(), locale), p.stayExpiry(), p.maskedCardNumber(), p.addedOn())).toList());
    }
}
