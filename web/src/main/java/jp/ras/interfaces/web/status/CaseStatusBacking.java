package jp.ras.interfaces.web.status;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.ras.application.CaseNumbers;
import jp.ras.application.CaseStatusService;

/**
 * Issue 17: the applicant's status page ({@code status.xhtml}), open to everyone. The language is the link's
 * {@code lang} (the page's language links, a mail's link), else {@code Accept-Language}; the number may come in the
 * address (a mail's link), the date of birth only in the posted form. The view is stateless: no session is needed.
 */
@Named
@RequestScoped
public class CaseStatusBacking {

    /** The longest number kept from a link or the form (RAS's numbers are 16 characters at most; the field takes 20). */
    public static final int NUMBER_LENGTH = 32;

    @Inject
    private CaseStatusService service;

    private Locale locale;

    private String number;

    private String dateOfBirth;

    private StatusAnswer answer;

    /** One of the page's language links (with getters: Jakarta EL 5 does not read a record's accessors). */
    public record LanguageLink(String tag, String label, String href, boolean current) implements Serializable {
        public String getTag() {
            return tag;
        }

        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    @PostConstruct
    void init() {
        HttpServletRequest request = request();
        Locale asked = StatusLanguage.fromTag(request.getParameter("lang"));
        locale = asked != null ? asked : StatusLanguage.choose(request.getHeader("Accept-Language"));
        if ("GET".equals(request.getMethod())) {
            String given = request.getParameter("number");
            number = given == null ? null : cut(given.strip());
        }
    }

    /** Checks the two fields (each wrong one is named on its field), then looks the application up. */
    public void lookUp() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean wrong = false;
        if (number == null || number.isBlank()) {
            wrong = fieldError(faces, "status:number", "number.required");
        } else if (!CaseNumbers.wellFormed(number)) {
            wrong = fieldError(faces, "status:number", "number.malformed");
        }
        java.time.LocalDate birth = null;
        if (dateOfBirth == null || dateOfBirth.isBlank()) {
            wrong = fieldError(faces, "status:dateOfBirth", "dob.required");
        } else {
            birth = StatusDates.parse(dateOfBirth);
            if (birth == null) {
                wrong = fieldError(faces, "status:dateOfBirth", "dob.malformed");
            }
        }
        if (wrong) {
            faces.validationFailed();
            return;
        }
        CaseStatusService.Answer result = service.lookUp(number, birth);
        // the date of birth is not shown again (a phone passed round, a screen behind the applicant)
        dateOfBirth = null;
        if (result instanceof CaseStatusService.Found found) {
            answer = StatusAnswer.of(found, locale);
        } else if (result instanceof CaseStatusService.Throttled throttled) {
            HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, StatusLanguage.text(locale,
                    "tooMany", (throttled.retryAfterSeconds() + 59) / 60), null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    StatusLanguage.text(locale, "notFound"), null));
        }
    }

    private boolean fieldError(FacesContext faces, String field, String key) {
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, StatusLanguage.text(locale, key),
                null));
        return true;
    }

    /** The page's language links: each language in its own name, keeping a number given in the address. */
    public List<LanguageLink> getLanguages() {
        String base = request().getContextPath() + "/status.xhtml?lang=";
        String keep = number == null || number.isBlank() ? ""
                : "&number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
        return StatusLanguage.SUPPORTED.stream().map(l -> new LanguageLink(StatusLanguage.tag(l),
                StatusLanguage.nativeName(l), base + StatusLanguage.tag(l) + keep, l.equals(locale))).toList();
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return StatusLanguage.tag(locale);
    }

    public StatusAnswer getAnswer() {
        return answer;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : cut(number.strip());
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    private static String cut(String text) {
        return text.length() > NUMBER_LENGTH ? text.substring(0, NUMBER_LENGTH) : text;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
