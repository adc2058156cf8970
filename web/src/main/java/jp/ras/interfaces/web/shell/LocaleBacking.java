package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
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
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || SecurityHeaders.httpsConfigured());
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
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
