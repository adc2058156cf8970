package jp.ras.interfaces.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.ras.application.EligibilityService;
import jp.ras.interfaces.web.shell.Messages;

/** Supervisor screen: which statuses of residence may be extended online (AP2). */
@Named
@ViewScoped
public class EligibilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EligibilityService eligibility;

    private List<EligibilityService.Entry> table;

    @PostConstruct
    void load() {
        table = eligibility.table();
    }

    public void set(String status, boolean eligible) {
        if (Messages.attempt("table", () -> eligibility.setEligible(status, eligible))) {
            Messages.info("officer", eligible ? "eligibility.opened" : "eligibility.closed", status);
        }
        load();
    }

    public List<EligibilityService.Entry> getTable() {
        return table;
    }
}
