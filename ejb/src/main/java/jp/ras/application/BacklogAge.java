package jp.ras.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 18 item 3, ST2: the age buckets of the officers' dashboard's backlog, in days since acceptance against the
 * upper end of the standard processing time of an extension (1 month, {@value OfficerApplicationService#STANDARD_MAX_DAYS}
 * days; the queue calls an application over the standard past it): within the standard, up to 1.5 times it, up to
 * twice it, and beyond. The lower end (2 weeks) is when a decision may come, not a limit, so it splits nothing.
 */
public enum BacklogAge {
    /** 0–30 days: within the standard. */
    WITHIN_STANDARD(1.0),
    /** 31–45 days: over the standard, up to 1.5 times it. */
    UP_TO_ONE_AND_A_HALF(1.5),
    /** 46–60 days: up to twice the standard. */
    UP_TO_TWICE(2.0),
    /** 61 days and more. */
    OVER_TWICE(Double.POSITIVE_INFINITY);

    private final double timesStandard;

    BacklogAge(double timesStandard) {
        this.timesStandard = timesStandard;
    }

    /** The most days since acceptance of this bucket ({@link Long#MAX_VALUE} for the last). */
    public long maxDays() {
        return Double.isInfinite(timesStandard) ? Long.MAX_VALUE
                : (long) Math.floor(OfficerApplicationService.STANDARD_MAX_DAYS * timesStandard);
    }

    /** The fewest days since acceptance of this bucket. */
    public long minDays() {
        return ordinal() == 0 ? 0 : values()[ordinal() - 1].maxDays() + 1;
    }

    /** The bucket of an application accepted {@code days} ago. */
    public static BacklogAge of(long days) {
        return Arrays.stream(values()).filter(b -> days <= b.maxDays()).findFirst().orElseThrow();
    }

    /**
     * The earliest acceptance date of every bucket but the last, youngest first, seen from {@code today}: what the
     * database compares acceptance dates with.
     */
    public static List<LocalDate> since(LocalDate today) {
        return Arrays.stream(values()).filter(b -> b.maxDays() != Long.MAX_VALUE)
                .map(b -> today.minusDays(b.maxDays())).toList();
    }
}
