package jp.ras.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * What the refusal page ({@code WEB-INF/errors/abroad.xhtml}) shows: in Japanese or English as the browser's
 * {@code Accept-Language} prefers (Japanese when it names neither), without a session (AP11, AP12).
 */
@Named
@RequestScoped
public class AccessRefusal {

    private static final List<String> LANGUAGES = List.of("ja", "en");

    private Locale locale = Locale.JAPANESE;
    private boolean intranet;

    void show(Locale locale, boolean intranet) {
        this.locale = locale;
        this.intranet = intranet;
    }

    /** Japanese or English, whichever the header ranks first; Japanese when it names neither or is malformed. */
    static Locale languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return "en".equals(tag) ? Locale.ENGLISH : Locale.JAPANESE;
        } catch (IllegalArgumentException e) {
            return Locale.JAPANESE;
        }
    }

    /** The page keeps the 403 its request was answered with. */
    public void forbidden() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Whether the intranet was asked for from outside the agency's network. */
    public boolean isIntranet() {
        return intranet;
    }
}
