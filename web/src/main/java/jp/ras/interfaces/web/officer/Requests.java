package jp.ras.interfaces.web.officer;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small helpers for the officer pages' query parameters and their answer to unknown ids. */
final class Requests {

    private Requests() {
    }

    /** The query parameter as a positive number; null when absent; -1 when present but not a number. */
    static Long longParam(FacesContext context, String name) {
        String value = context.getExternalContext().getRequestParameterMap().get(name);
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

    static String param(FacesContext context, String name) {
        String value = context.getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Answers 404 (an unknown id looks like a page that does not exist) and ends the Faces lifecycle. */
    static void notFound(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
