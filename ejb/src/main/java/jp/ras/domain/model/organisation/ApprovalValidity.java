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

    /** UA6. */
    public LocalDate firstExpiry(LocalDate approvalDate) {
        return approvalDate.plus(period).minusDays(1);
    }

    /** PR4. */
    public LocalDate extend(LocalDate previousExpiry) {
        return previousExpiry.plus(period);
    }
}
