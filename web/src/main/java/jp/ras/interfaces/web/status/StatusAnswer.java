package jp.ras.interfaces.web.status;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import jp.ras.application.CaseStatusService;
import jp.ras.domain.model.application.ApplicationStatus;

/**
 * Issue 17: what the applicant is shown for an application found, in one language: the status in the officers'
 * words, since when (Japan time), and the next step. Nothing about the person.
 */
public record StatusAnswer(ApplicationStatus status, String statusText, OffsetDateTime since, String sinceText,
        String nextStep) implements Serializable {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public static StatusAnswer of(CaseStatusService.Found found, Locale locale) {
        OffsetDateTime since = found.since().atZone(JAPAN).toOffsetDateTime();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(JAPAN).format(found.since());
        return new StatusAnswer(found.status(), StatusLanguage.text(locale, "state." + found.status().name()), since,
                StatusLanguage.text(locale, "result.japanTime", when), nextStep(found, locale));
    }

    /** For the page: Jakarta EL 5 does not read a record's accessors. */
    public String getStatusText() {
        return statusText;
    }

    public String getSinceText() {
        return sinceText;
    }

    public String getNextStep() {
        return nextStep;
    }

    static String nextStep(CaseStatusService.Found found, Locale locale) {
        ApplicationStatus status = found.status();
        if (status == ApplicationStatus.FILED && found.receiptNumberGiven()) {
            return StatusLanguage.text(locale, "next.FILED.numbered");
        }
        if (status == ApplicationStatus.DOCUMENTS_REQUESTED) {
            LocalDate due = found.documentsDue();
            return due == null ? StatusLanguage.text(locale, "next.DOCUMENTS_REQUESTED.noDue")
                    : StatusLanguage.text(locale, "next.DOCUMENTS_REQUESTED",
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(due));
        }
        return StatusLanguage.text(locale, "next." + status.name());
    }
}
