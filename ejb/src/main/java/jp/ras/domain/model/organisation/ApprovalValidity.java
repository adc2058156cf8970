package jp.ras.domain.model.organisation;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a usage approval lasts (UA6): valid until approval date + validity − 1 day (approved 2019-07-25 with
 * one year → valid until 2020-07-24). An approved periodic report extends it by the same validity from the
 * previous expiry, not from the approval date (PR4). One year in the 2019 system; configurable.
 */
public record ApprovalValidity(Period period) {

    public ApprovalValidity {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
    }

    public static ApprovalValidity ofYears(int years) {
        return new ApprovalValidity(Period.ofYears(years));
    }

    /**
     * UA6: the day before the corresponding day of the approval date; when that month has no corresponding day
     * (approved on 29 February), the last day of the month, as the Civil Code (art. 143) counts periods.
     */
    public LocalDate firstExpiry(LocalDate approvalDate) {
        LocalDate corresponding = approvalDate.plus(period);
        if (corresponding.getDayOfMonth() != approvalDate.getDayOfMonth()) {
            return corresponding.withDayOfMonth(corresponding.lengthOfMonth());
        }
        return corresponding.minusDays(1);
    }

    /** PR4. */
    public LocalDate extend(LocalDate previousExpiry) {
        return previousExpiry.plus(period);
    }
}
