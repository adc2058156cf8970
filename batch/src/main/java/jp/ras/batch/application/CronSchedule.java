package jp.ras.batch.application;

import jakarta.ejb.ScheduleExpression;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A job's schedule as configured: five cron-like fields, {@code minute hour day-of-month month day-of-week}, in
 * Japan time (each field in the EJB calendar syntax, which covers cron's {@code *}, lists {@code 1,15}, ranges
 * {@code 1-5} and, for minutes and hours, steps {@code *}{@code /15}), or {@code off} for no schedule.
 */
public final class CronSchedule {

    private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*/,\\-]+");

    private CronSchedule() {
    }

    /** The timer expression of {@code text}; empty for {@code off}. A malformed text is an error naming it. */
    public static Optional<ScheduleExpression> parse(String key, String text) {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        String[] f = value.split("\\s+");
        if (f.length != 5) {
            throw new IllegalArgumentException(key + " = '" + text
                    + "': expected five fields 'minute hour day-of-month month day-of-week' (Japan time) or 'off'");
        }
        for (String field : f) {
            if (!FIELD.matcher(field).matches()) {
                throw new IllegalArgumentException(key + " = '" + text + "': field '" + field + "' is malformed");
            }
        }
        return Optional.of(new ScheduleExpression().second("0").minute(f[0]).hour(f[1]).dayOfMonth(f[2]).month(f[3])
                .dayOfWeek(f[4]).timezone("Asia/Tokyo"));
    }
}
