package jp.ras.batch.application;

import jakarta.enterprise.concurrent.CronTrigger;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A job's schedule as configured: five cron fields, {@code minute hour day-of-month month day-of-week}, in Japan
 * time ({@code *}, lists {@code 1,15}, ranges {@code 1-5}, steps {@code *}{@code /15}, names {@code MON} and
 * {@code JAN}), or {@code off} for no schedule. It becomes a Jakarta Concurrency {@link CronTrigger}, not an EJB
 * calendar timer: a bean with a {@code @Timeout} method makes Payara Server start its persistent EJB timer service,
 * which deploys a system application that outlives RAS (see {@link JobSchedule}).
 */
public final class CronSchedule {

    /** The time zone of every schedule. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*/,\\-]+");

    private CronSchedule() {
    }

    /** The trigger of {@code text}; empty for {@code off}. A malformed text is an error naming it. */
    public static Optional<CronTrigger> parse(String key, String text) {
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
        try {
            return Optional.of(new CronTrigger(String.join(" ", f), ZONE));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " = '" + text + "': " + e.getMessage(), e);
        }
    }
}
