package jp.ras.interfaces.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.domain.model.application.ApplicationStatus;
import org.primefaces.model.LazyDataModel;

/**
 * app/applications.xhtml ({@code ?status=FILED} filters): the application list (申請情報一覧, ST1) with its status
 * column, paged in the database. The filter is part of the address, so a filtered list can be bookmarked.
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResidenceApplicationService applications;

    private ApplicationStatus status;

    private LazyDataModel<ResidenceApplicationService.Row> rows;

    @PostConstruct
    void load() {
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("status");
        status = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElse(null);
        rows = new ApplicationRows(applications, () -> status);
    }

    /** Shows the list with the chosen status (or all), from its first page. */
    public String filter() {
        return "/app/applications?faces-redirect=true" + (status == null ? "" : "&status=" + status.name());
    }

    public LazyDataModel<ResidenceApplicationService.Row> getRows() {
        return rows;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }
}
