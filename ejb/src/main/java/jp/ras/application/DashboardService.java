package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.ProcessingFiguresRepository;
import jp.ras.infrastructure.persistence.ProcessingFiguresRepository.Backlog;
import jp.ras.infrastructure.persistence.ProcessingFiguresRepository.By;
import jp.ras.infrastructure.persistence.ProcessingFiguresRepository.Decided;
import jp.ras.infrastructure.persistence.ProcessingFiguresRepository.Received;

/**
 * Issue 18 item 3, ST2: the officers' dashboard. Per month of a range (of one office or of all) and per office over
 * the range: the applications received (accepted that month) and decided (granted or denied that month), with the
 * mean and 90th percentile of the decided ones' days from acceptance to decision; and today's backlog of undecided
 * applications per office by age against the standard ({@link BacklogAge}). Every figure is counted and aggregated
 * in the database ({@link ProcessingFiguresRepository}); business dates are Japan dates of the injected clock.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
public class DashboardService {

    /** The longest range of months one view shows. */
    public static final int MAX_MONTHS = 36;

    @Inject
    private ProcessingFiguresRepository figures;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private Clock clock;

    /** Received and decided applications of a month or an office; mean and 90th percentile null with no decision. */
    public record Figures(YearMonth month, String officeCode, long received, long decided, Double meanDays,
            Double p90Days) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** An office's undecided applications today, per {@link BacklogAge} in its order, and their total. */
    public record BacklogRow(String officeCode, List<Long> byAge, long total) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public record Dashboard(LocalDate today, List<Figures> months, List<Figures> offices, List<BacklogRow> backlog)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The Japan month of the clock's today: a view's default range is the 12 months up to it. */
    public YearMonth thisMonth() {
        return YearMonth.from(JapanTime.today(clock));
    }

    /**
     * The figures of {@code officeCode} (null for all offices) from month {@code from} to {@code to}, both included.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the range is longer than
     *         {@value #MAX_MONTHS} months
     */
    public Dashboard dashboard(String officeCode, YearMonth from, YearMonth to) {
        if (from.isAfter(to) || from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new IllegalArgumentException("a range of 1 to " + MAX_MONTHS + " months: " + from + " – " + to);
        }
        LocalDate today = JapanTime.today(clock);
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();

        Map<YearMonth, Long> receivedByMonth = new HashMap<>();
        Map<String, Long> receivedByOffice = new HashMap<>();
        for (Received r : figures.received(officeCode, first, last)) {
            receivedByMonth.merge(r.month(), r.received(), Long::sum);
            receivedByOffice.merge(r.office(), r.received(), Long::sum);
        }
        Map<YearMonth, Decided> decidedByMonth = new HashMap<>();
        for (Decided d : figures.decided(officeCode, first, last, By.MONTH)) {
            decidedByMonth.put(d.month(), d);
        }
        List<Figures> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(figures(month, null, receivedByMonth.getOrDefault(month, 0L), decidedByMonth.get(month)));
        }

        Map<String, Decided> decidedByOffice = new HashMap<>();
        for (Decided d : figures.decided(officeCode, first, last, By.OFFICE)) {
            decidedByOffice.put(d.office(), d);
        }
        Map<String, long[]> backlogByOffice = new HashMap<>();
        for (Backlog b : figures.backlog(officeCode, today, BacklogAge.since(today))) {
            backlogByOffice.computeIfAbsent(b.office(), o -> new long[BacklogAge.values().length])[b.bucket()] =
                    b.count();
        }

        List<Figures> offices = new ArrayList<>();
        List<BacklogRow> backlog = new ArrayList<>();
        for (String code : offices(officeCode,
                List.of(receivedByOffice, decidedByOffice, backlogByOffice))) {
            offices.add(figures(null, code, receivedByOffice.getOrDefault(code, 0L), decidedByOffice.get(code)));
            long[] ages = backlogByOffice.getOrDefault(code, new long[BacklogAge.values().length]);
            backlog.add(new BacklogRow(code, Arrays.stream(ages).boxed().toList(), Arrays.stream(ages).sum()));
        }
        return new Dashboard(today, months, offices, backlog);
    }

    /**
     * The offices to list, in the agency's order: the one asked for, or every office that accepts applications and
     * any other that has figures.
     */
    private List<String> offices(String officeCode, List<Map<String, ?>> withFigures) {
        if (officeCode != null) {
            return List.of(officeCode);
        }
        List<String> codes = new ArrayList<>();
        for (RegionalOffice office : organisations.offices()) {
            boolean hasFigures = withFigures.stream().anyMatch(m -> m.containsKey(office.getCode()));
            if (office.isAcceptsUsageApplications() || hasFigures) {
                codes.add(office.getCode());
            }
        }
        return codes;
    }

    private static Figures figures(YearMonth month, String officeCode, long received, Decided decided) {
        return decided == null || decided.decided() == 0
                ? new Figures(month, officeCode, received, 0, null, null)
                : new Figures(month, officeCode, received, decided.decided(), decided.meanDays(), decided.p90Days());
    }
}
