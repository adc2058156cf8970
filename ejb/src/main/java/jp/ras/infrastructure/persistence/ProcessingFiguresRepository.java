package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.ras.domain.model.application.ApplicationStatus;

/**
 * Issue 18 item 3: the officers' dashboard's figures, counted and aggregated in the database (one native statement
 * each, the same text on H2 2.x and PostgreSQL): applications received (accepted) and decided per office or per
 * month, the mean and 90th percentile ({@code percentile_cont(0.9) within group}) of the days from acceptance to
 * decision, and the undecided applications per office and age bucket.
 */
@ApplicationScoped
public class ProcessingFiguresRepository {

    /**
     * Days from acceptance to decision, as a number on both databases: PostgreSQL's {@code date - date} is an integer
     * and H2's an interval, but {@code timestamp - timestamp} is an interval on both, whose day field is the days
     * (dates have no time, so no hours are left over, and PostgreSQL does not fold days into months there).
     */
    static final String DAYS = "cast(extract(day from (cast(a.decided_on as timestamp)"
            + " - cast(a.acceptance_date as timestamp))) as double precision)";

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    /** What a group is: one office over the whole range, or one month (of one office or of all). */
    public enum By {
        OFFICE, MONTH
    }

    /** Received (accepted) applications of an office in a month. */
    public record Received(String office, YearMonth month, long received) {
    }

    /** Decided applications of a group with the mean and 90th percentile of their days from acceptance. */
    public record Decided(String office, YearMonth month, long decided, double meanDays, double p90Days) {
    }

    /** The undecided applications of an office in one age bucket ({@code bucket} 0 the youngest). */
    public record Backlog(String office, int bucket, long count) {
    }

    /**
     * Applications accepted from {@code from} to {@code until} (both included), per office and month (counts add up,
     * so one statement serves both views); {@code office} null for all offices.
     */
    public List<Received> received(String office, LocalDate from, LocalDate until) {
        String key = "a.office_code, " + key(By.MONTH, "a", "acceptance_date");
        Query query = em.createNativeQuery("select " + key + ", count(*) from residence_application a"
                + " where a.acceptance_date >= ?1 and a.acceptance_date <= ?2" + (office == null ? ""
                        : " and a.office_code = ?3") + " group by " + key);
        List<Received> rows = new ArrayList<>();
        for (Object[] row : rows(bind(query, office, from, until))) {
            rows.add(new Received((String) row[0], YearMonth.of(number(row, 1).intValue(), number(row, 2).intValue()),
                    number(row, 3).longValue()));
        }
        return rows;
    }

    /**
     * Applications decided (granted or denied) from {@code from} to {@code until} (both included), per office or per
     * month of the decision, with the mean and 90th percentile of their days from acceptance to decision.
     */
    public List<Decided> decided(String office, LocalDate from, LocalDate until, By by) {
        String key = key(by, "d", "decided_on");
        Query query = em.createNativeQuery("select " + key + ", count(*), avg(d.days),"
                + " percentile_cont(0.9) within group (order by d.days)"
                + " from (select a.office_code, a.decided_on, " + DAYS + " as days from residence_application a"
                + " where a.decided_on >= ?1 and a.decided_on <= ?2" + (office == null ? ""
                        : " and a.office_code = ?3") + ") d group by " + key);
        List<Decided> rows = new ArrayList<>();
        for (Object[] row : rows(bind(query, office, from, until))) {
            int at = by == By.OFFICE ? 1 : 2;
            rows.add(new Decided(officeOf(by, row), monthOf(by, row), number(row, at).longValue(),
                    number(row, at + 1).doubleValue(), number(row, at + 2).doubleValue()));
        }
        return rows;
    }

    /**
     * The undecided applications (申請完了, 審査中, 資料提出待ち) accepted up to {@code today}, per office and age bucket:
     * bucket {@code i} holds those accepted on or after {@code since.get(i)} (and before the previous bound), the
     * last bucket those accepted before every bound. {@code since} runs from the latest date to the earliest.
     */
    public List<Backlog> backlog(String office, LocalDate today, List<LocalDate> since) {
        StringBuilder bucket = new StringBuilder("case");
        for (int i = 0; i < since.size(); i++) {
            bucket.append(" when a.acceptance_date >= ?").append(i + 2).append(" then ").append(i);
        }
        bucket.append(" else ").append(since.size()).append(" end");
        List<String> undecided = new ArrayList<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.isUndecided()) {
                undecided.add("'" + status.name() + "'");
            }
        }
        Query query = em.createNativeQuery("select b.office_code, b.bucket, count(*) from (select a.office_code, "
                + bucket + " as bucket from residence_application a where a.status in ("
                + String.join(", ", undecided) + ") and a.acceptance_date <= ?1"
                + (office == null ? "" : " and a.office_code = ?" + (since.size() + 2))
                + ") b group by b.office_code, b.bucket");
        query.setParameter(1, today);
        for (int i = 0; i < since.size(); i++) {
            query.setParameter(i + 2, since.get(i));
        }
        if (office != null) {
            query.setParameter(since.size() + 2, office);
        }
        List<Backlog> rows = new ArrayList<>();
        for (Object[] row : rows(query)) {
            rows.add(new Backlog((String) row[0], number(row, 1).intValue(), number(row, 2).longValue()));
        }
        return rows;
    }

    private static String key(By by, String alias, String date) {
        return by == By.OFFICE ? alias + ".office_code"
                : "extract(year from " + alias + "." + date + "), extract(month from " + alias + "." + date + ")";
    }

    private static Query bind(Query query, String office, LocalDate from, LocalDate until) {
        query.setParameter(1, from).setParameter(2, until);
        if (office != null) {
            query.setParameter(3, office);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static String officeOf(By by, Object[] row) {
        return by == By.OFFICE ? (String) row[0] : null;
    }

    private static YearMonth monthOf(By by, Object[] row) {
        return by == By.OFFICE ? null : YearMonth.of(number(row, 0).intValue(), number(row, 1).intValue());
    }

    private static Number number(Object[] row, int column) {
        return row[column] == null ? 0 : (Number) row[column];
    }
}
