package jp.ras.interfaces.web.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.ras.domain.model.application.FilingWindow;
import jp.ras.domain.model.application.PeriodOfStay;

/**
 * The days on which an extension for a person may be filed online, as a hint beside the person's choice: from
 * three months before expiry (AP4), for a period of three months or less not before half of it has passed (AP5), to
 * the day before expiry (AP4, AP6). The service decides; this only tells the user beforehand.
 */
public record FilingWindowHint(LocalDate opens, LocalDate closes, State state) implements Serializable {

    public enum State {
        NOT_OPEN, OPEN, EXPIRED
    }

    public static FilingWindowHint of(LocalDate expiry, String periodOfStay, LocalDate today) {
        LocalDate opens = FilingWindow.opens(expiry);
        PeriodOfStay period = PeriodOfStay.parse(periodOfStay).orElse(null);
        if (period != null && period.isThreeMonthsOrLess()) {
            LocalDate start = period.startFor(expiry);
            long total = ChronoUnit.DAYS.between(start, expiry) + 1;
            LocalDate half = start.plusDays((total + 1) / 2);
            if (half.isAfter(opens)) {
                opens = half;
            }
        }
        LocalDate closes = FilingWindow.closes(expiry);
        State state = !today.isBefore(expiry) ? State.EXPIRED : today.isBefore(opens) ? State.NOT_OPEN : State.OPEN;
        return new FilingWindowHint(opens, closes, state);
    }
}
