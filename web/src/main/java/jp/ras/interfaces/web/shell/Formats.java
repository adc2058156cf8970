package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.domain.shared.JapanTime;

/**
 * Shows times as Japan times on every page, whatever the server's zone; statuses of residence and periods of stay
 * in the page's language (AP11).
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A status of residence as the roster writes it (技能), in the page's language (Skilled Labor). */
    public String status(String statusOfResidence) {
        return ResidenceTerms.status(statusOfResidence, pageLocale());
    }

    /** A period of stay as the roster writes it (1年3月), in the page's language (1 year 3 months). */
    public String period(String periodOfStay) {
        return ResidenceTerms.period(periodOfStay, pageLocale());
    }

    /** A nationality as the roster keeps it (VNM), by name in the page's language: ベトナム（VNM）, Vietnam (VNM). */
    public String nationality(String code) {
        return ResidenceTerms.nationality(code, pageLocale());
    }

    public static Locale pageLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.JAPANESE : context.getViewRoot().getLocale();
    }
}
