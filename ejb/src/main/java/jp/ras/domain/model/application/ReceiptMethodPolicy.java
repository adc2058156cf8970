package jp.ras.domain.model.application;

import java.time.LocalDate;
import java.util.Optional;
import jp.ras.domain.shared.Violation;

/**
 * RC2: when the card cannot go by post — a re-entry or activity permission filed with it; a permission given by a
 * passport stamp (status 公用, or a period of stay of 3 months or less); a kanji-name notation requested for a card
 * that shows only the roman-letter name; or a card whose validity must be renewed too (the applicant turns 16
 * within 6 months of issue). Issue is counted from today.
 */
public final class ReceiptMethodPolicy {

    private ReceiptMethodPolicy() {
    }

    public static Optional<Violation> check(ReceiptMethod method, boolean reEntry, boolean activityPermission,
            String statusOfResidence, PeriodOfStay period, boolean kanjiRequested, boolean cardHasKanji,
            LocalDate dateOfBirth, LocalDate today) {
        if (method != ReceiptMethod.POST) {
            return Optional.empty();
        }
        String key = null;
        if (reEntry || activityPermission) {
            key = "postWithPermission";
        } else if ("公用".equals(statusOfResidence) || (period != null && period.isThreeMonthsOrLess())) {
            key = "postPassportStamp";
        } else if (kanjiRequested && !cardHasKanji) {
            key = "postKanjiNotation";
        } else if (dateOfBirth != null && turnsSixteenWithinSixMonths(dateOfBirth, today)) {
            key = "postTurnsSixteen";
        }
        return key == null ? Optional.empty() : Optional.of(Violation.of("receiptMethod", key, "RC2"));
    }

    static boolean turnsSixteenWithinSixMonths(LocalDate dateOfBirth, LocalDate today) {
        LocalDate sixteen = dateOfBirth.plusYears(16);
        return sixteen.isAfter(today) && !sixteen.isAfter(today.plusMonths(6));
    }
}
