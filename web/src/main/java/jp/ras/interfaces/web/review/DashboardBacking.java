package jp.ras.interfaces.web.review;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import jp.ras.application.AccountService;
import jp.ras.application.BacklogAge;
import jp.ras.application.DashboardService;
import jp.ras.application.DashboardService.BacklogRow;
import jp.ras.application.DashboardService.Dashboard;
import jp.ras.application.DashboardService.Figures;
import jp.ras.application.OfficerApplicationService;
import jp.ras.interfaces.web.officer.OfficerLists;
import jp.ras.interfaces.web.shell.Messages;

/**
 * Issue 18 item 3, ST2: the officers' dashboard. An office (the officer's own at first, or all) and a range of months
 * (the last 12 Japan months at first); per month and per office the applications received and decided with the mean
 * and 90th percentile of the days from acceptance to decision, and today's backlog per office by age against the
 * standard. Each chart (PrimeFaces' Chart.js) stands beside its table, which says the same in text.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Colours of the charts' series, each 3:1 or more against white (WCAG 1.4.11). */
    private static final List<String> COLOURS = List.of("#0b4f8a", "#b34700", "#2e7d32", "#a3004c");

    /** Looked up once: the service loader searches every jar on each {@code Json.create…} call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    @Inject
    private DashboardService service;

    @Inject
    private AccountService accounts;

    @Inject
    private OfficerLists lists;

    @Inject
    private FacesContext facesContext;

    /** The office's code, or null (the empty choice) for all offices. */
    private String office;
    private String from;
    private String to;
    private Dashboard dashboard;

    /** First visit: the officer's own office (all when the account names none) and the last 12 Japan months. */
    public void load() {
        if (facesContext.isPostback()) {
            return;
        }
        office = accounts.myOfficeCode().orElse(null);
        YearMonth thisMonth = service.thisMonth();
        from = thisMonth.minusMonths(11).toString();
        to = thisMonth.toString();
        show();
    }

    /** The figures of the office and months chosen; a month that is no month, or a wrong range, on its field. */
    public void show() {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first == null || last == null) {
            return;
        }
        if (first.isAfter(last)) {
            error("to", "dashboard.toBeforeFrom");
            return;
        }
        if (first.plusMonths(DashboardService.MAX_MONTHS).isBefore(last.plusMonths(1))) {
            error("to", "dashboard.tooLong", DashboardService.MAX_MONTHS);
            return;
        }
        dashboard = service.dashboard(office == null || office.isBlank() ? null : office, first, last);
    }

    private YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            error(field, "dashboard.monthMissing");
            return null;
        }
        try {
            String t = text.strip();
            if (!t.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("yyyy-MM", t, 0);
            }
            return YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            error(field, "dashboard.monthFormat");
            return null;
        }
    }

    private void error(String field, String key, Object... args) {
        facesContext.addMessage("filter:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text("officer", key, args), null));
        facesContext.validationFailed();
    }

    /** The heading's office: its name, or "all offices". */
    public String getOfficeLabel() {
        String code = dashboard == null ? null : shownOffice();
        return code == null ? Messages.text("officer", "common.allOffices") : lists.officeName(code);
    }

    private String shownOffice() {
        return dashboard.offices().size() == 1 && office != null && !office.isBlank() ? office : null;
    }

    public String officeName(String code) {
        return lists.officeName(code);
    }

    public int getStandardMinDays() {
        return OfficerApplicationService.STANDARD_MIN_DAYS;
    }

    public int getStandardMaxDays() {
        return OfficerApplicationService.STANDARD_MAX_DAYS;
    }

    public BacklogAge[] getAges() {
        return BacklogAge.values();
    }

    /** A bucket's column head: its words and its days. */
    public String ageLabel(BacklogAge age) {
        return age.maxDays() == Long.MAX_VALUE
                ? Messages.text("officer", "dashboard.age." + age.name(), age.minDays())
                : Messages.text("officer", "dashboard.age." + age.name(), age.minDays(), age.maxDays());
    }

    /** Chart.js: received and decided per month, as bars. */
    public String getMonthCountsChart() {
        if (dashboard == null) {
            return "{}";
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(dataset(Messages.text("officer", "dashboard.received"), 0, dashboard.months(), f -> (double) f.received()))
                .add(dataset(Messages.text("officer", "dashboard.decided"), 1, dashboard.months(), f -> (double) f.decided()));
        return config("bar", monthLabels(), datasets, axis("dashboard.axisApplications"), false);
    }

    /** Chart.js: the mean and 90th percentile of days per month, as lines, with the standard's upper end. */
    public String getMonthDaysChart() {
        if (dashboard == null) {
            return "{}";
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(dataset(Messages.text("officer", "dashboard.meanDays"), 0, dashboard.months(), Figures::meanDays))
                .add(dataset(Messages.text("officer", "dashboard.p90Days"), 1, dashboard.months(), Figures::p90Days))
                .add(dataset(Messages.text("officer", "dashboard.standardLine",
                        OfficerApplicationService.STANDARD_MAX_DAYS), 2, dashboard.months(),
                        f -> (double) OfficerApplicationService.STANDARD_MAX_DAYS).add("borderDash",
                                JSON.createArrayBuilder().add(6).add(4)).add("pointRadius", 0));
        return config("line", monthLabels(), datasets, axis("dashboard.axisDays"), false);
    }

    /** Chart.js: the backlog of each office by age, stacked bars. */
    public String getBacklogChart() {
        if (dashboard == null) {
            return "{}";
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        dashboard.backlog().forEach(b -> labels.add(lists.officeName(b.officeCode())));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (BacklogAge age : BacklogAge.values()) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (BacklogRow row : dashboard.backlog()) {
                data.add(row.byAge().get(age.ordinal()));
            }
            datasets.add(JSON.createObjectBuilder().add("label", ageLabel(age)).add("data", data)
                    .add("backgroundColor", COLOURS.get(age.ordinal())).add("borderColor", COLOURS.get(age.ordinal())));
        }
        return config("bar", labels, datasets, axis("dashboard.axisApplications"), true);
    }

    private JsonArrayBuilder monthLabels() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        dashboard.months().forEach(m -> labels.add(m.month().toString()));
        return labels;
    }

    private JsonObjectBuilder dataset(String label, int colour, List<Figures> rows, Function<Figures, Double> value) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Figures row : rows) {
            Double v = value.apply(row);
            if (v == null) {
                data.addNull();
            } else {
                data.add(Math.round(v * 10) / 10.0);
            }
        }
        return JSON.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", COLOURS.get(colour)).add("borderColor", COLOURS.get(colour));
    }

    private JsonObjectBuilder axis(String key) {
        return JSON.createObjectBuilder().add("beginAtZero", true).add("title", JSON.createObjectBuilder()
                .add("display", true).add("text", Messages.text("officer", key)));
    }

    /** Horizontal and stacked for the backlog; responsive to its box, no animation. */
    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
            JsonObjectBuilder valueAxis, boolean stackedAcross) {
        JsonObjectBuilder scales = JSON.createObjectBuilder();
        if (stackedAcross) {
            scales.add("x", valueAxis.add("stacked", true)).add("y", JSON.createObjectBuilder().add("stacked", true));
        } else {
            scales.add("y", valueAxis);
        }
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false).add("scales", scales);
        if (stackedAcross) {
            options.add("indexAxis", "y");
        }
        return JSON.createObjectBuilder().add("type", type).add("data", JSON.createObjectBuilder()
                .add("labels", labels).add("datasets", datasets)).add("options", options).build().toString();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
