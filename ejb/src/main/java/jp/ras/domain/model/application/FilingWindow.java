package jp.ras.domain.model.application;

import java.time.LocalDate;
import java.util.Optional;
import jp.ras.domain.shared.Violation;

/**
 * When an extension may be filed online (Japan dates): from three months before the expiry of the period of stay
 * to the day before it (AP4); on the expiry day and after, only at the regional office (AP6); for a period of
 * three months or less, once half of it has passed (AP5).
 */
public final class FilingWindow {

    private FilingWindow() {
    }

    public static LocalDate opens(LocalDate expiry) {
        return expiry.minusMonths(3);
    }

    /**
     * The first day to file online for a period of stay: three months before expiry (AP4), for a period of three
     * months or less not before half of it has passed (AP5).
     */
    public static LocalDate opens(LocalDate expiry, PeriodOfStay period) {
        LocalDate opens = opens(expiry);
        if (period != null && period.isThreeMonthsOrLess()) {
            LocalDate half = period.halfElapsedOn(expiry);
            if (half.isAfter(opens)) {
                return half;
            }
        }
        return opens;
    }

    /** The last day to file online: the day before expiry (AP4). */
    public static LocalDate closes(LocalDate expiry) {
        return expiry.minusDays(1);
    }

    public static Optional<Violation> check(LocalDate expiry, PeriodOfStay period, LocalDate today) {
        if (!today.isBefore(expiry)) {
            return Optional.of(Violation.of("person", "windowExpired", "AP6"));
        }
        if (today.isBefore(opens(expiry))) {
            return Optional.of(Violation.of("person", "windowNotOpen", "AP4"));
        }
        if (period != null && period.isThreeMonthsOrLess() && !period.halfElapsed(expiry, today)) {
            return Optional.of(Violation.of("person", "windowHalf", "AP5"));
        }
        return Optional.empty();
    }
}
