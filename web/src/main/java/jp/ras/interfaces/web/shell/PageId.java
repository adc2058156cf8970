package jp.ras.interfaces.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one converter of the pages' id parameters ({@code <f:viewParam name="id" converter="ras.pageId"/>}): a
 * positive number is the id; anything else in the address answers 404, exactly like a page that does not exist,
 * and ends the Faces lifecycle (a bad id is not a form error to show on an empty page). An absent parameter stays
 * null for the page's {@code f:viewAction} to decide; an unknown or foreign id is answered by {@link #notFound}
 * there too.
 */
@FacesConverter("ras.pageId")
public class PageId implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parse(value);
        if (id == null) {
            notFound(context);
        }
        return id;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }

    /** The text as a positive number; null when it is not one. */
    public static Long parse(String value) {
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

    /** Answers 404, as for a page that does not exist, and ends the Faces lifecycle. */
    public static void notFound(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
