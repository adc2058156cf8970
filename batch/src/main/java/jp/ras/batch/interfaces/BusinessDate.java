package jp.ras.batch.interfaces;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.ras.domain.shared.JapanTime;

/** The business date of a job: its {@code date} parameter (ISO yyyy-MM-dd) when given, else today in Japan. */
public final class BusinessDate {

    public static final String PARAMETER = "date";

    private BusinessDate() {
    }

    public static LocalDate of(String parameter, Clock clock) {
        if (parameter == null || parameter.isBlank()) {
            return JapanTime.today(clock);
        }
        try {
            return LocalDate.parse(parameter.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("job parameter date is not yyyy-MM-dd: " + parameter, e);
        }
    }
}
