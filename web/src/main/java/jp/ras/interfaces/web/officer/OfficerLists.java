package jp.ras.interfaces.web.officer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.ras.application.OrganisationService;
import jp.ras.application.OrganisationService.Office;
import jp.ras.domain.model.organisation.Sex;

/** Reference lists the officer pages share: regional offices (UA2) and prefectures, labelled in the page's language. */
@Named
@RequestScoped
public class OfficerLists {

    @Inject
    private OrganisationService organisations;

    @Inject
    private FacesContext facesContext;

    private List<Office> offices;

    /** Every regional office, in the agency's order (issue 15). */
    public List<Office> getOffices() {
        if (offices == null) {
            offices = organisations.offices();
        }
        return offices;
    }

    /** UA2: only the offices that accept usage applications (no airport branches). */
    public List<Office> getUsageOffices() {
        return getOffices().stream().filter(Office::acceptsUsageApplications).toList();
    }

    public String officeName(Office office) {
        return japanese() ? office.nameJa() : office.nameEn();
    }

    /** The office's name in the page's language, or the code when it is unknown. */
    public String officeName(String code) {
        return getOffices().stream().filter(o -> o.code().equals(code)).findFirst().map(this::officeName)
                .orElse(code == null ? "" : code);
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public List<Prefectures.Prefecture> getPrefectures() {
        return Prefectures.ALL;
    }

    public String prefectureLabel(Prefectures.Prefecture prefecture) {
        return prefecture.label(locale());
    }

    private boolean japanese() {
        return "ja".equals(locale().getLanguage());
    }

    private Locale locale() {
        return facesContext.getViewRoot() == null ? Locale.JAPANESE : facesContext.getViewRoot().getLocale();
    }
}
