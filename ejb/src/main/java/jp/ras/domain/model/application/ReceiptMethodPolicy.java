package jp.ras.domain.model.application;

import java.time.LocalDate;
import java.util.Optional;
import jp.ras.domain.model.organisation.ForeignNational;
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

    /** What is filed with the extension that bears on the card's receipt. */
    public record Filing(ReEntryPermit reEntry, boolean activityPermission, boolean kanjiRequested) {

        /** A re-entry or activity permission filed with the extension. */
        boolean permissionAttached() {
            return (reEntry != null && reEntry != ReEntryPermit.NONE) || activityPermission;
        }
    }

    /** The applicant as the roster knows them: their permission, its period, their card and age. */
    public record Applicant(String statusOfResidence, PeriodOfStay period, boolean cardHasKanji,
            LocalDate dateOfBirth) {

        /** {@code period}: the person's period of stay, parsed (null when it is none). */
        public static Applicant of(ForeignNational person, PeriodOfStay period) {
            return new Applicant(person.getStatusOfResidence(), period, person.getNameKanji() != null,
                    person.getDateOfBirth());
        }
    }

    public static Optional<Violation> check(ReceiptMethod method, Filing filing, Applicant applicant,
            LocalDate today) {
        if (method != ReceiptMethod.POST) {
            return Optional.empty();
        }
        String key = null;
        if (filing.permissionAttached()) {
            key = "postWithPermission";
        } else if ("公用".equals(applicant.statusOfResidence())
                || (applicant.period() != null && applicant.period().isThreeMonthsOrLess())) {
            key = "postPassportStamp";
        } else if (filing.kanjiRequested() && !applicant.cardHasKanji()) {
            key = "postKanjiNotation";
        } else if (applicant.dateOfBirth() != null && turnsSixteenWithinSixMonths(applicant.dateOfBirth(), today)) {
            key = "postTurnsSixteen";
        }
        return key == null ? Optional.empty() : Optional.of(Violation.of("receiptMethod", key, "RC2"));
    }

    static boolean turnsSixteenWithinSixMonths(LocalDate dateOfBirth, LocalDate today) {
        LocalDate sixteen = dateOfBirth.plusYears(16);
        return sixteen.isAfter(today) && !sixteen.isAfter(today.plusMonths(6));
    }
}
