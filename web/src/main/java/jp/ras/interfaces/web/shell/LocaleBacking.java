package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session: Japanese by default, English on request (AP11). */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) {
        choose(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    /** Takes the language outside Faces ({@link LanguageServlet}). */
    void choose(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /**
     * Whether the current view is an error page ({@code /WEB-INF/errors/}), rendered in the request of the address the
     * user asked for: its language switch posts to {@link LanguageServlet}, not to the error view's path.
     */
    public boolean isErrorView() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null && faces.getViewRoot().getViewId().startsWith("/WEB-INF/");
    }

    /** The address the user asked for (with its query), where the error page's switch goes back to. */
    public String getRequestedAddress() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwardUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = errorUri != null ? errorUri.toString()
                : forwardUri != null ? forwardUri.toString() : request.getRequestURI();
        Object query = errorUri == null && forwardUri != null
                ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        return query == null || query.toString().isEmpty() ? uri : uri + "?" + query;
    }
}
