package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
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
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
