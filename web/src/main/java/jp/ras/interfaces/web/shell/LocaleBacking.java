package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Locale;
import jp.ras.application.AccountService;
import jp.ras.interfaces.api.ApiLanguage;
import jp.ras.interfaces.web.security.SecurityHeaders;

/**
 * The language of the session (AP11, issue 15). A signed-in user's screens open in the language they last chose,
 * kept on their account; a visitor's in the language of the cookie this browser keeps from the last choice (so a
 * logout keeps it), else the one their browser asks for ({@code Accept-Language}), else Japanese.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The browser's last choice; outlives the session, so that the login page after a logout speaks it. */
    public static final String COOKIE = "ras-language";

    private static final int COOKIE_SECONDS = 365 * 24 * 60 * 60;

    private Locale locale;

    /** The user pressed a language button in this session (before logging in, it becomes the account's choice). */
    private boolean chosen;

    public Locale getLocale() {
        if (locale == null) {
            locale = visitorLocale(currentRequest());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void switchTo(String language) {
        apply("en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE);
        chosen = true;
        HttpServletRequest request = currentRequest();
        if (request != null && request.getUserPrincipal() != null) {
            accounts().chooseScreenLanguage(locale);
        }
    }

    /**
     * Takes the language outside Faces ({@link LanguageServlet}, the error pages' switch): the same choice as
     * {@link #switchTo}, kept on the account and in the cookie of the answer.
     */
    void choose(String language, HttpServletRequest request, HttpServletResponse response) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        chosen = true;
        response.addCookie(cookie(request));
        if (request.getUserPrincipal() != null) {
            accounts().chooseScreenLanguage(locale);
        }
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

    /**
     * Just logged in: a language chosen on this session's pages before the login (the login page's switch) becomes
     * the account's choice; otherwise the account's choice, when it has one, opens the screens.
     */
    public void loggedIn() {
        AccountService accounts = accounts();
        if (chosen) {
            accounts.chooseScreenLanguage(getLocale());
            return;
        }
        accounts.myScreenLanguage().ifPresent(this::apply);
    }

    /** The visitor's language: the cookie of the last choice, else {@code Accept-Language}, else Japanese. */
    static Locale visitorLocale(HttpServletRequest request) {
        if (request == null) {
            return ApiLanguage.DEFAULT;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && ("ja".equals(cookie.getValue())
                        || "en".equals(cookie.getValue()))) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return ApiLanguage.choose(request.getHeader("Accept-Language"));
    }

    private void apply(Locale chosenLocale) {
        locale = chosenLocale;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        if (faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie(request));
    }

    private Cookie cookie(HttpServletRequest request) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || SecurityHeaders.httpsConfigured());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static HttpServletRequest currentRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            return (HttpServletRequest) faces.getExternalContext().getRequest();
        }
        try {
            return CDI.current().select(HttpServletRequest.class).get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }
}
