package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.report.PeriodicReport;
import jp.ras.domain.model.report.PeriodicReportState;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.config.BusinessSettings;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.PeriodicReportRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * Periodic reports (定期報告, PR1–PR7): filed by any user of an organisation for their own organisation only,
 * decided by a supervisor.
 */
@Stateless
public class PeriodicReportService {

    @Inject
    private PeriodicReportRepository reports;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationMail mail;

    @Inject
    private BusinessSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The outcome of filing: PR3's warning when it came after the due date. */
    public record Filed(long id, boolean late, LocalDate dueDate, LocalDate expiry) implements Serializable {
    }

    public record Row(long id, long organisationId, String organisationName, String officeCode,
            LocalDate cycleExpiry, PeriodicReportState state, boolean late, String filedBy, LocalDate filedOn,
            int additions, int removals, String note, String decidedBy, String reason, LocalDate newExpiry)
            implements QueueRow<PeriodicReportState>, Serializable {
    }

    public record Detail(Row row, List<ForeignNational> additions, List<OrganisationService.Person> removals)
            implements QueueEntry<Row>, Serializable {
    }

    /**
     * PR1, PR3, PR6: files the caller's organisation's report for its current cycle, with roster additions and
     * removals (entry ids of its own roster). A report after the due date is accepted, flagged late.
     */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Filed file(List<PersonData> additions, Set<Long> removals, String note) {
        UserAccount me = accounts.findActive(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new UnknownAccountException(session.getCallerPrincipal().getName()));
        Organisation organisation = organisations.findForUpdate(me.getOrganisation().getId()).orElseThrow();
        List<ForeignNational> added = PersonData.toForeignNationals(additions, "additions");
        for (Long entryId : removals) {
            RosterEntry entry = organisations.rosterEntry(organisation, entryId).orElse(null);
            if (entry == null || !entry.isCurrent()) {
                throw RuleViolationException.of("removals", "rosterUnknown", "PR6");
            }
        }
        LocalDate today = JapanTime.today(clock);
        PeriodicReport report = PeriodicReport.file(organisation,
                reports.openOfCurrentCycle(organisation).isPresent(), me.getAuthId(), today, clock.instant(), added,
                removals, note);
        reports.add(report);
        audit.record(AuditAction.REPORT_FILED, OrganisationService.target(organisation),
                "report " + report.getId() + (report.isLate() ? " (late, PR3)" : ""));
        return new Filed(report.getId(), report.isLate(), organisation.reportDueDate(), organisation.getValidUntil());
    }

    /** The caller's organisation's reports, newest first. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public List<Row> mine() {
        UserAccount me = accounts.findActive(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new UnknownAccountException(session.getCallerPrincipal().getName()));
        return reports.ofOrganisation(me.getOrganisation()).stream().map(PeriodicReportService::row).toList();
    }

    /** One page of the periodic-report queue (at most 100 rows), sorted in the database. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public QueuePage<Row> queue(QueueFilter<PeriodicReportState> filter, int first, int max,
            PeriodicReportRepository.QueueSort sort, boolean ascending) {
        return new QueuePage<>(reports.queuePage(filter.officeCode(), filter.state(), filter.organisation(), first,
                Math.min(Math.max(max, 1), 100), sort, ascending).stream().map(PeriodicReportService::row).toList(),
                reports.queueCount(filter.officeCode(), filter.state(), filter.organisation()));
    }

    /** Where report {@code id} stands in the queue's default order (oldest first), from 0. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public long queuePosition(QueueFilter<PeriodicReportState> filter, long id) {
        PeriodicReport report = reports.find(id).orElseThrow(() -> new NotFoundException("report " + id));
        return reports.queuePosition(filter.officeCode(), filter.state(), filter.organisation(), report);
    }

    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public Detail detail(long id) {
        PeriodicReport report = reports.find(id).orElseThrow(() -> new NotFoundException("report " + id));
        List<OrganisationService.Person> removed = report.getRemovals().stream()
                .map(entryId -> organisations.rosterEntry(report.getOrganisation(), entryId).orElseThrow())
                .map(r -> new OrganisationService.Person(r.getId(), r.getPerson(), r.getAddedOn(), r.getRemovedOn(),
                        r.getRemovalReason()))
                .toList();
        return new Detail(row(report), report.getAdditions(), removed);
    }

    /**
     * PR4, PR5, PR6, PR3: approves: the expiry moves by the validity from the cycle's expiry, the roster changes
     * are applied, a suspended organisation resumes, and every user is told.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public LocalDate approve(long id) {
        PeriodicReport report = reports.findForUpdate(id).orElseThrow(() -> new NotFoundException("report " + id));
        Organisation organisation = organisations.findForUpdate(report.getOrganisation().getId()).orElseThrow();
        LocalDate today = JapanTime.today(clock);
        boolean resumed = report.approve(session.getCallerPrincipal().getName(), clock.instant(), today,
                settings.validity());
        for (ForeignNational person : report.getAdditions()) {
            organisations.addRosterEntry(new RosterEntry(organisation, person, today));
        }
        for (Long entryId : report.getRemovals()) {
            organisations.rosterEntry(organisation, entryId).filter(RosterEntry::isCurrent)
                    .ifPresent(e -> e.remove(today, "periodic report " + id));
        }
        audit.record(AuditAction.REPORT_APPROVED, OrganisationService.target(organisation),
                "report " + id + ", valid until " + organisation.getValidUntil());
        mail.toAllUsers(organisation, "report-approved",
                Map.of("validUntil", organisation.getValidUntil().toString()));
        if (resumed) {
            audit.record(AuditAction.ORGANISATION_RESUMED, OrganisationService.target(organisation),
                    "periodic report " + id + " approved (PR5)");
            mail.toAllUsers(organisation, "organisation-resumed",
                    Map.of("validUntil", organisation.getValidUntil().toString()));
        }
        return organisation.getValidUntil();
    }

    /** PR3, PR4: denial keeps the expiry; every user is told. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void deny(long id, String reason) {
        PeriodicReport report = reports.findForUpdate(id).orElseThrow(() -> new NotFoundException("report " + id));
        report.deny(session.getCallerPrincipal().getName(), clock.instant(), reason);
        Organisation organisation = report.getOrganisation();
        audit.record(AuditAction.REPORT_DENIED, OrganisationService.target(organisation),
                "report " + id + ": " + report.getDecisionReason());
        mail.toAllUsers(organisation, "report-denied", Map.of("reason", report.getDecisionReason(),
                "validUntil", organisation.getValidUntil().toString()));
    }

    private static Row row(PeriodicReport r) {
        Organisation o = r.getOrganisation();
        return new Row(r.getId(), o.getId(), o.getName(), o.getOffice().getCode(), r.getCycleExpiry(), r.getState(),
                r.isLate(), r.getFiledBy(), r.getFiledOn(), r.getAdditions().size(), r.getRemovals().size(),
                r.getNote(), r.getDecidedBy(), r.getDecisionReason(), r.getNewExpiry());
    }
}
