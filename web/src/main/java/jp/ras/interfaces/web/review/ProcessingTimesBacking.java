package jp.ras.interfaces.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import jp.ras.application.AccountService;
import jp.ras.application.OfficerApplicationService;
import jp.ras.application.OfficerApplicationService.MonthFigures;
import jp.ras.application.OrganisationService;
import jp.ras.domain.shared.JapanTime;

/**
 * ST2: an office's decisions per month of a year, with the mean and longest days from filing, against the standard
 * processing time of an extension (2 weeks to 1 month).
 */
@Named
@ViewScoped
public class ProcessingTimesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many years back the year list goes. */
    private static final int YEARS = 5;

    @Inject
    private OfficerApplicationService applications;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Clock clock;

    private String office;
    private int year;
    private List<MonthFigures> figures = List.of();

    /**
     * First visit: the officer's own office (issue 15), else the first office that takes applications; this Japan
     * year.
     */
    public void load() {
        if (facesContext.isPostback()) {
            return;
        }
        office = accounts.myOfficeCode().orElseGet(() -> organisations.offices().stream()
                .filter(OrganisationService.Office::acceptsUsageApplications).map(OrganisationService.Office::code)
                .findFirst().orElse(null));
        year = JapanTime.today(clock).getYear();
        show();
    }

    public void show() {
        figures = office == null ? List.of() : applications.processingTimes(office, year);
    }

    /** Some decision of the month took longer than the standard's upper end. */
    public boolean overStandard(MonthFigures month) {
        return month.maxDays() > OfficerApplicationService.STANDARD_MAX_DAYS;
    }

    public List<Integer> getYears() {
        int now = JapanTime.today(clock).getYear();
        return IntStream.rangeClosed(0, YEARS - 1).mapToObj(back -> now - back).toList();
    }

    public int getStandardMinDays() {
        return OfficerApplicationService.STANDARD_MIN_DAYS;
    }

    public int getStandardMaxDays() {
        return OfficerApplicationService.STANDARD_MAX_DAYS;
    }

    public int getTotalDecided() {
        return figures.stream().mapToInt(MonthFigures::decided).sum();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<MonthFigures> getFigures() {
        return figures;
    }
}
