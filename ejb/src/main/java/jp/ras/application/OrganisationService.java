package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.report.PeriodicReportState;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.persistence.AuditRepository;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.PeriodicReportRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/** The officers' view of organisations: search, the organisation page, and the changes of PR6 and PR7. */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
public class OrganisationService {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PeriodicReportRepository reports;

    @Inject
    private OrganisationMail mail;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private OrganisationSweep sweep;

    @Resource
    private SessionContext session;

    @Inject
    private AuditRepository auditEntries;

    public record Office(String code, String nameJa, String nameEn, boolean acceptsUsageApplications,
            List<String> prefectures) implements Serializable {
    }

    public record Summary(long id, String name, String corporateNumber, String prefecture, String address,
            String officeCode, OrganisationState state, LocalDate validUntil, LocalDate reportDue, long daysLeft)
            implements Serializable {
    }

    public record User(String authId, Role role, String name, String mail, String phone, AccountStatus status,
            Instant lastLogin, boolean locked) implements Serializable {
    }

    public record Person(long entryId, ForeignNational person, LocalDate addedOn, LocalDate removedOn,
            String removalReason) implements Serializable {
    }

    public record Report(long id, LocalDate cycleExpiry, PeriodicReportState state, boolean late, String filedBy,
            LocalDate filedOn, String decidedBy, String reason, LocalDate newExpiry) implements Serializable {
    }

    public record Audit(Instant at, String actor, String action, String target, String detail)
            implements Serializable {
    }

    public record Detail(Summary summary, List<User> users, List<Person> roster, List<Report> reports,
            List<Audit> audit) implements Serializable {
    }

    public List<Office> offices() {
        return organisations.offices().stream().map(o -> new Office(o.getCode(), o.getNameJa(), o.getNameEn(),
                o.isAcceptsUsageApplications(), o.getPrefectures())).toList();
    }

    /** Name or corporate number contains {@code text}; office and state optional. At most 200 results. */
    /** One page of organisations and how many match in all (issue 15: a lazy table, paged in the database). */
    public record SearchPage(List<Summary> rows, long total) {
    }

    public SearchPage searchPage(String text, String officeCode, OrganisationState state, int first, int max,
            OrganisationRepository.SearchSort sort, boolean ascending) {
        LocalDate today = JapanTime.today(clock);
        return new SearchPage(organisations.searchPage(text, officeCode, state, first, Math.min(Math.max(max, 1), 100),
                sort, ascending).stream().map(o -> summary(o, today)).toList(),
                organisations.searchCount(text, officeCode, state));
    }

    public List<Summary> search(String text, String officeCode, OrganisationState state) {
        LocalDate today = JapanTime.today(clock);
        return organisations.search(text, officeCode, state).stream().map(o -> summary(o, today)).toList();
    }

    public Detail detail(long id) {
        Organisation organisation = organisation(id);
        Instant now = clock.instant();
        List<User> users = accounts.ofOrganisation(organisation).stream().map(u -> new User(u.getAuthId(),
                u.getRole(), u.getDisplayName(), u.getMailAddress(), u.getPhone(), u.getStatus(),
                u.getLastLoginAt(), u.isLocked(now))).toList();
        List<Person> roster = organisations.roster(organisation, false).stream().map(r -> new Person(r.getId(),
                r.getPerson(), r.getAddedOn(), r.getRemovedOn(), r.getRemovalReason())).toList();
        List<Report> reportRows = reports.ofOrganisation(organisation).stream().map(r -> new Report(r.getId(),
                r.getCycleExpiry(), r.getState(), r.isLate(), r.getFiledBy(), r.getFiledOn(), r.getDecidedBy(),
                r.getDecisionReason(), r.getNewExpiry())).toList();
        List<String> targets = new ArrayList<>();
        targets.add(target(organisation));
        users.forEach(u -> targets.add(u.authId()));
        List<Audit> trail = auditEntries.aboutTargets(targets, 200).stream()
                .map(a -> new Audit(a.getOccurredAt(), a.getActor(), a.getAction(), a.getTarget(), a.getDetail()))
                .toList();
        return new Detail(summary(organisation, JapanTime.today(clock)), users, roster, reportRows, trail);
    }

    /** PR6: 利用者情報変更届出 — name and/or address change, with the evidence the officer saw. */
    public void changeNameAndAddress(long id, String name, String prefecture, String address, String evidence) {
        Organisation organisation = organisations.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (evidence == null || evidence.isBlank()) {
            throw RuleViolationException.of("evidence", "required", "PR6");
        }
        RuleViolationException.checkLength(evidence, "evidence", TextLimits.ADDRESS);
        RegionalOffice office = organisations.officeWithJurisdiction(prefecture == null ? "" : prefecture)
                .orElseThrow(() -> RuleViolationException.of("prefecture", "required", "UA2"));
        String before = organisation.getName() + " / " + organisation.getAddress();
        organisation.changeNameAndAddress(name, prefecture, address, office);
        audit.record(AuditAction.ORGANISATION_CHANGED, target(organisation),
                before + " -> " + organisation.getName() + " / " + organisation.getAddress() + "; evidence: "
                        + evidence.strip());
    }

    /** PR6: an officer adds a foreign national to the list. */
    public long addToRoster(long id, PersonData person) {
        Organisation organisation = organisations.findForUpdate(id).orElseThrow(() -> notFound(id));
        RosterEntry entry = new RosterEntry(organisation, person.toForeignNational(""), JapanTime.today(clock));
        organisations.addRosterEntry(entry);
        audit.record(AuditAction.ROSTER_ADDED, target(organisation), entry.getPerson().getNameRoman());
        return entry.getId();
    }

    /** PR6: removal is dated; the entry stays in the history. */
    public void removeFromRoster(long id, long entryId, String reason) {
        Organisation organisation = organisations.findForUpdate(id).orElseThrow(() -> notFound(id));
        RosterEntry entry = organisations.rosterEntry(organisation, entryId)
                .orElseThrow(() -> new NotFoundException("roster entry " + entryId));
        if (!entry.isCurrent()) {
            throw RuleViolationException.of("roster", "alreadyRemoved", "PR6");
        }
        entry.remove(JapanTime.today(clock), reason == null || reason.isBlank() ? null : reason.strip());
        audit.record(AuditAction.ROSTER_REMOVED, target(organisation), entry.getPerson().getNameRoman());
    }

    /** PR7: suspension of use, mailed to every user. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void suspend(long id, String reason) {
        Organisation organisation = organisations.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "required", "PR7");
        }
        RuleViolationException.checkLength(reason, "reason", TextLimits.LONG_TEXT);
        if (organisation.getState() != OrganisationState.ACTIVE) {
            throw RuleViolationException.of("state", "notActive", "PR7");
        }
        organisation.suspend();
        audit.record(AuditAction.ORGANISATION_SUSPENDED, target(organisation), reason.strip());
        mail.toAllUsers(organisation, "organisation-suspended", Map.of("reason", reason.strip()));
    }

    /** PR5, PR7: resumption, mailed to every user; only while the approval is valid. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void resume(long id) {
        Organisation organisation = organisations.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (organisation.getState() != OrganisationState.SUSPENDED) {
            throw RuleViolationException.of("state", "notSuspended", "PR7");
        }
        organisation.resume(JapanTime.today(clock));
        audit.record(AuditAction.ORGANISATION_RESUMED, target(organisation), null);
        mail.toAllUsers(organisation, "organisation-resumed",
                Map.of("validUntil", organisation.getValidUntil().toString()));
    }

    /** PR7: deletion of use, mailed to every user; their accounts end with it. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void delete(long id, String reason) {
        Organisation organisation = organisations.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "required", "PR7");
        }
        RuleViolationException.checkLength(reason, "reason", TextLimits.LONG_TEXT);
        if (organisation.getState() == OrganisationState.DELETED) {
            throw RuleViolationException.of("state", "deleted", "PR7");
        }
        mail.toAllUsers(organisation, "organisation-deleted", Map.of("reason", reason.strip()));
        Instant now = clock.instant();
        accounts.activeOfOrganisation(organisation).forEach(u -> u.delete(now));
        organisation.delete();
        audit.record(AuditAction.ORGANISATION_DELETED, target(organisation), reason.strip());
    }

    /**
     * PR5, PR7: a supervisor runs the periodic-report sweep now, for today in Japan, a chunk per transaction as the
     * job does. Returns how many organisations it suspended.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int suspendExpiredNow() {
        LocalDate today = JapanTime.today(clock);
        String actor = session.getCallerPrincipal().getName();
        int suspended = 0;
        long after = Long.MIN_VALUE;
        List<Long> ids;
        do {
            ids = sweep.candidates(today, after, Long.MAX_VALUE, OrganisationSweep.CHUNK);
            suspended += sweep.sweep(ids, today, actor).suspended();
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == OrganisationSweep.CHUNK);
        return suspended;
    }

    static String target(Organisation organisation) {
        return "organisation:" + organisation.getId();
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("organisation " + id);
    }

    static Summary summary(Organisation o, LocalDate today) {
        return new Summary(o.getId(), o.getName(), o.getCorporateNumber(), o.getPrefecture(), o.getAddress(),
                o.getOffice().getCode(), o.getState(), o.getValidUntil(), o.reportDueDate(),
                o.getValidUntil() == null ? 0 : o.daysLeft(today));
    }
}
