package jp.ras.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.ras.domain.model.application.ApplicationEvent;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.ReceiptNumber;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.config.BusinessSettings;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;

/**
 * Issue 17: the applicant's own look-up of their application's status, without a login: the receipt number (or the
 * provisional number) and the date of birth give the status, since when, and (for the next step) the status's
 * name and the due date of requested documents; nothing else about the person or the organisation. A wrong number
 * and a wrong date of birth get the same answer. Every look-up is audited (the number as given, found or not found,
 * never the date of birth) in its own transaction, and the audit trail is what limits them, on every instance alike:
 * per client address (all look-ups) and per number (those that found nothing).
 */
@Stateless
public class CaseStatusService {

    static final String FOUND = "found";

    static final String NOT_FOUND = "not found";

    @Inject
    private ResidenceApplicationRepository applications;

    @Inject
    private AuditTrail audit;

    @Inject
    private BusinessSettings settings;

    @Inject
    private Clock clock;

    /** What a look-up came to. */
    public sealed interface Answer extends Serializable permits Found, NotFound, Throttled {
    }

    /**
     * The application's status, when it took that status, and the due date of requested documents (only while
     * documents are asked for).
     */
    public record Found(ApplicationStatus status, Instant since, LocalDate documentsDue, boolean receiptNumberGiven)
            implements Answer {
    }

    /** No application with this number and date of birth (which of the two is wrong is not said). */
    public record NotFound() implements Answer {
    }

    /** Too many look-ups: from this address or of this number; try again after {@code retryAfterSeconds}. */
    public record Throttled(long retryAfterSeconds) implements Answer {
    }

    /**
     * Looks the application up (the caller checked that the number is well formed and the date given). Open to
     * everyone; the limits come first, and a refused look-up reads nothing.
     */
    @PermitAll
    public Answer lookUp(String number, LocalDate dateOfBirth) {
        String given = CaseNumbers.normalise(number);
        Instant now = clock.instant();
        OptionalLong wait = retryAfter(given, now);
        if (wait.isPresent()) {
            audit.record(AuditAction.CASE_STATUS_THROTTLED, given, "retry after " + wait.getAsLong() + " s");
            return new Throttled(wait.getAsLong());
        }
        Optional<ResidenceApplication> found = find(given);
        // The date of birth is encrypted at rest: compared here, after loading by number, never in SQL.
        Optional<ResidenceApplication> match = found.filter(a -> dateOfBirth != null
                && dateOfBirth.equals(a.getPerson().getDateOfBirth()));
        audit.record(AuditAction.CASE_STATUS_LOOKUP, given, match.isPresent() ? FOUND : NOT_FOUND);
        if (match.isEmpty()) {
            return new NotFound();
        }
        ResidenceApplication application = match.get();
        ApplicationStatus status = application.getStatus();
        return new Found(status, since(application.getHistory(), status, application.getFiledAt()),
                status == ApplicationStatus.DOCUMENTS_REQUESTED ? application.getDocumentsDue() : null,
                application.getReceiptNumber() != null);
    }

    private Optional<ResidenceApplication> find(String number) {
        if (ReceiptNumber.isValid(number)) {
            return applications.byReceiptNumber(new ReceiptNumber(number));
        }
        if (CaseNumbers.isProvisional(number)) {
            return applications.byProvisionalNumber(number);
        }
        return Optional.empty();
    }

    /** When the current status began: the first of the last run of history events in that status. */
    static Instant since(List<ApplicationEvent> history, ApplicationStatus status, Instant filedAt) {
        List<ApplicationEvent> events = history.stream()
                .sorted(java.util.Comparator.comparing(ApplicationEvent::getOccurredAt)).toList();
        Instant since = null;
        for (int i = events.size() - 1; i >= 0 && events.get(i).getStatus() == status; i--) {
            since = events.get(i).getOccurredAt();
        }
        return since != null ? since : filedAt;
    }

    /** The seconds until the caller may look up again, when a limit is reached. */
    private OptionalLong retryAfter(String number, Instant now) {
        Duration addressWindow = Duration.ofMinutes(settings.caseStatusAddressWindowMinutes());
        long wait = 0;
        Optional<AuditTrail.Recent> fromHere = audit.recentFromThisAddress(AuditAction.CASE_STATUS_LOOKUP,
                now.minus(addressWindow));
        if (fromHere.isPresent() && fromHere.get().count() >= settings.caseStatusAddressLookups()
                && fromHere.get().earliest() != null) {
            wait = Math.max(wait, secondsUntil(now, fromHere.get().earliest().plus(addressWindow)));
        }
        Duration numberWindow = Duration.ofMinutes(settings.caseStatusNumberWindowMinutes());
        AuditTrail.Recent misses = audit.recentOn(AuditAction.CASE_STATUS_LOOKUP, number, NOT_FOUND,
                now.minus(numberWindow));
        if (misses.count() >= settings.caseStatusNumberMisses() && misses.earliest() != null) {
            wait = Math.max(wait, secondsUntil(now, misses.earliest().plus(numberWindow)));
        }
        return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
    }

    private static long secondsUntil(Instant now, Instant then) {
        return Math.max(1, Duration.between(now, then).toSeconds() + 1);
    }
}
