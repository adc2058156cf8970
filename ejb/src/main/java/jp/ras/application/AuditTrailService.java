package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.audit.AuditEntry;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.persistence.AuditRepository;

/**
 * Issue 18: the supervisors search the audit trail (who, what, when, target, address), filtered, sorted and paged
 * in the database, export a search as CSV (audited), and verify the hash chain.
 */
@Stateless
public class AuditTrailService {

    /** The most entries one CSV export holds. */
    public static final int EXPORT_MAX = 100_000;

    /** The search; a null or blank field does not filter; dates are Japan dates, both inclusive. */
    public record Filter(String actor, String action, String target, String sourceIp, LocalDate from, LocalDate to)
            implements Serializable {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /** One entry as the screen shows it. */
    public record Entry(long id, Long seq, Instant occurredAt, String actor, String actorRole, String action,
            String target, String sourceIp, String detail) implements Serializable {
    }

    public record Page(List<Entry> rows, long total) {
    }

    @Inject
    private AuditRepository trail;

    @Inject
    private AuditChainVerification verification;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Page page(Filter filter, int first, int max, AuditRepository.Sort sort, boolean ascending) {
        AuditRepository.Criteria criteria = criteria(filter);
        return new Page(trail.page(criteria, first, Math.min(Math.max(max, 1), 100), sort, ascending).stream()
                .map(AuditTrailService::entry).toList(), trail.count(criteria));
    }

    /** Every entry of a search (at most {@link #EXPORT_MAX}, newest first) for a CSV file; the export is audited. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<Entry> export(Filter filter) {
        AuditRepository.Criteria criteria = criteria(filter);
        List<Entry> rows = trail.page(criteria, 0, EXPORT_MAX, AuditRepository.Sort.OCCURRED_AT, false).stream()
                .map(AuditTrailService::entry).toList();
        audit.record(AuditAction.AUDIT_EXPORTED, "audit-trail", rows.size() + " entries; " + filter);
        return rows;
    }

    /** The actions a supervisor can search by. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<String> actions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList();
    }

    /** Verifies the hash chain now (issue 18). */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public AuditChainVerification.Result verify() {
        return verification.verify();
    }

    private static AuditRepository.Criteria criteria(Filter f) {
        Filter filter = f == null ? Filter.NONE : f;
        new RuleViolationException.Collector()
                .length(filter.actor(), "actor", jp.ras.domain.shared.TextLimits.AUTH_ID)
                .length(filter.target(), "target", AuditEntry.TARGET)
                .length(filter.sourceIp(), "sourceIp", 45)
                .check(filter.action() == null || filter.action().isBlank()
                        || Arrays.stream(AuditAction.values()).anyMatch(a -> a.name().equals(filter.action())),
                        "action", "unknownAction")
                .check(filter.from() == null || filter.to() == null || !filter.to().isBefore(filter.from()), "to",
                        "dateOrder")
                .throwIfAny();
        return new AuditRepository.Criteria(filter.actor(), blankToNull(filter.action()), filter.target(),
                blankToNull(filter.sourceIp()), start(filter.from()),
                filter.to() == null ? null : start(filter.to().plusDays(1)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(JapanTime.ZONE).toInstant();
    }

    private static Entry entry(AuditEntry a) {
        return new Entry(a.getId(), a.getChainSeq(), a.getOccurredAt(), a.getActor(), a.getActorRole(),
                a.getAction(), a.getTarget(), a.getSourceIp(), a.getDetail());
    }
}
