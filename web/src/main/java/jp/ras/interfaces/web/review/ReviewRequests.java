package jp.ras.interfaces.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The review pages' query parameter and their answer to an unknown application. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    /** The parameter as a positive number; null when absent; -1 when present but not a positive number. */
    static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            return number > 0 ? number : -1L;
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** Answers 404, as for a page that does not exist, and ends the Faces lifecycle. */
    static void notFound(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
