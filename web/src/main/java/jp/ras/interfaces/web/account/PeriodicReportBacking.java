package jp.ras.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.ras.interfaces.web.shell.PersonRow;
import jp.ras.application.MyOrganisationService;
import jp.ras.application.PeriodicReportService;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * app/report.xhtml: files the organisation's periodic report (PR1) with its roster changes (PR6): persons to
 * remove from the current list, persons to add. A report after the due date is taken but flagged late (PR3).
 */
@Named
@ViewScoped
public class PeriodicReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "report";

    @Inject
    private MyOrganisationService organisations;

    @Inject
    private PeriodicReportService reports;

    @Inject
    private Clock clock;

    private MyOrganisationService.View view;

    private final Map<Long, Boolean> removals = new HashMap<>();

    private final List<PersonRow> additions = new ArrayList<>();

    private String note;

    private PeriodicReportService.Filed filed;

    @PostConstruct
    void load() {
        view = organisations.mine();
    }

    public void addPerson() {
        additions.add(new PersonRow());
    }

    public void removePerson(int index) {
        if (index >= 0 && index < additions.size()) {
            additions.remove(index);
        }
    }

    public void file() {
        Set<Long> removed = removals.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        try {
            filed = reports.file(additions.stream().map(PersonRow::toData).toList(), removed, note);
            additions.clear();
            removals.clear();
            note = null;
            view = organisations.mine();
        } catch (RuleViolationException e) {
            Messages.violations(FORM, e);
            if (e.violations().stream().anyMatch(v -> "reportAlreadyFiled".equals(v.key()))) {
                view = organisations.mine();
            }
        }
    }

    public MyOrganisationService.View getView() {
        return view;
    }

    public boolean isSuspended() {
        return view.summary().state() == OrganisationState.SUSPENDED;
    }

    /** PR3: today is after the due date, so a report filed now may not be decided before the expiry. */
    public boolean isPastDue() {
        LocalDate due = view.summary().reportDue();
        return due != null && JapanTime.today(clock).isAfter(due);
    }

    public Map<Long, Boolean> getRemovals() {
        return removals;
    }

    public List<PersonRow> getAdditions() {
        return additions;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public PeriodicReportService.Filed getFiled() {
        return filed;
    }
}
