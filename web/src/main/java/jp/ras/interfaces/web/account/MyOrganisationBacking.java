package jp.ras.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.ras.application.MyOrganisationService;
import jp.ras.application.PeriodicReportService;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.shared.JapanTime;
import jp.ras.interfaces.web.shell.LocaleBacking;

/**
 * app/organisation.xhtml: the caller's own organisation (PR1, PR3, PR5): validity, report due date, users,
 * the current foreign-national list with masked card numbers, and its periodic reports.
 */
@Named
@RequestScoped
public class MyOrganisationBacking {

    @Inject
    private MyOrganisationService organisations;

    @Inject
    private PeriodicReportService reports;

    @Inject
    private LocaleBacking locale;

    @Inject
    private Clock clock;

    private MyOrganisationService.View view;

    private List<PeriodicReportService.Row> reportRows;

    @PostConstruct
    void load() {
        view = organisations.mine();
        reportRows = reports.mine();
    }

    public MyOrganisationService.View getView() {
        return view;
    }

    public List<PeriodicReportService.Row> getReports() {
        return reportRows;
    }

    public String getOfficeName() {
        return "en".equals(locale.getLanguage()) ? view.officeNameEn() : view.officeNameJa();
    }

    /** PR5: a suspended organisation cannot file applications until a periodic report is approved. */
    public boolean isSuspended() {
        return view.summary().state() == OrganisationState.SUSPENDED;
    }

    /** PR3: the due date has passed and no report of this cycle is in: one filed now may not be decided in time. */
    public boolean isPastDue() {
        LocalDate due = view.summary().reportDue();
        return due != null && !view.reportOpen() && JapanTime.today(clock).isAfter(due);
    }
}
