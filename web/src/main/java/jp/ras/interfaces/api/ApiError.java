package jp.ras.interfaces.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every API error: an HTTP status, a stable code, a text in the caller's language, field errors. */
@Schema(name = "Error", description = "An error. `message` and each field error's `message` are in the caller's"
        + " Accept-Language (ja or en, default ja).")
public record ApiError(
        @Schema(description = "the HTTP status", example = "422") int status,
        @Schema(description = "stable code: unauthorized, forbidden, passwordExpired, termsRequired, notFound,"
                + " conflict, validation, badRequest, payloadTooLarge, …", example = "validation") String error,
        @Schema(description = "what went wrong, for people") String message,
        @Schema(description = "field errors (422, 409); empty otherwise") List<FieldError> errors) {

    /** One broken rule on one input field (AP9). */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "the request's field", example = "rosterEntryId") String field,
            @Schema(description = "the rule of the specification, when there is one", example = "AP6") String rule,
            @Schema(description = "the text the screens show for it") String message) {
    }
}
