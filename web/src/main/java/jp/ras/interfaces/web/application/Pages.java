package jp.ras.interfaces.web.application;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The application pages' query parameters and their answer to an unknown or foreign id. */
final class Pages {

    private Pages() {
    }

    /** The query parameter as a positive number; null when absent or not one. */
    static Long id(FacesContext context, String name) {
        String value = context.getExternalContext().getRequestParameterMap().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            return number > 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Answers 404, exactly like a page that does not exist, and ends the Faces lifecycle. */
    static void notFound(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
