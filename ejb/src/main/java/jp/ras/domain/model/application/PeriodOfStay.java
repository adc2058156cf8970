package jp.ras.domain.model.application;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of stay as the residence card writes it: 5年, 1年3月, 6月, 90日, 15日. 永住者 has none
 * ("無期限"), which {@link #parse} reports as empty.
 */
public record PeriodOfStay(int years, int months, int days) {

    private static final Pattern SHAPE = Pattern.compile("(?:(\\d+)年)?(?:(\\d+)(?:月|か月|ヶ月|ケ月))?(?:(\\d+)日)?");

    public PeriodOfStay {
        if (years < 0 || months < 0 || days < 0 || years + months + days == 0) {
            throw new IllegalArgumentException("not a period of stay");
        }
    }

    public static Optional<PeriodOfStay> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.strip().replace(" ", ""));
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return Optional.empty();
        }
        return Optional.of(new PeriodOfStay(number(m.group(1)), number(m.group(2)), number(m.group(3))));
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    public Period asPeriod() {
        return Period.of(years, months, days);
    }

    /** AP5, RC2: 3 months or less (90 days counts as 3 months). */
    public boolean isThreeMonthsOrLess() {
        return years == 0 && (months * 30 + days) <= 90;
    }

    /** The first day of the period that ends on {@code expiry}. */
    public LocalDate startFor(LocalDate expiry) {
        return expiry.minus(asPeriod()).plusDays(1);
    }

    /** AP5: on {@code today}, at least half of the period ending on {@code expiry} has passed. */
    public boolean halfElapsed(LocalDate expiry, LocalDate today) {
        return !today.isBefore(halfElapsedOn(expiry));
    }

    /** AP5: the first day on which at least half of the period ending on {@code expiry} has passed. */
    public LocalDate halfElapsedOn(LocalDate expiry) {
        LocalDate start = startFor(expiry);
        long total = ChronoUnit.DAYS.between(start, expiry) + 1;
        return start.plusDays((total + 1) / 2);
    }
}
