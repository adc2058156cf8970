package jp.ras.interfaces.web.status;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Issue 17: a date of birth as people type it: 1990-04-12, 1990/4/12, 1990.04.12, 19900412, full-width digits. */
public final class StatusDates {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private static final Pattern RUN = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private StatusDates() {
    }

    /** The date, or null when the text is no date. */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = SEPARATED.matcher(value);
        if (!m.matches()) {
            m = RUN.matcher(value);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
