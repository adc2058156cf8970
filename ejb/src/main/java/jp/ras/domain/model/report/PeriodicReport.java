package jp.ras.domain.model.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.ras.domain.model.organisation.ApprovalValidity;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;

/**
 * 定期報告: one per organisation per cycle, by any one of its users (PR1), with the roster changes since the last
 * one (PR6). Approval moves the organisation's expiry by the validity from the cycle's expiry (PR4) and resumes
 * a suspended organisation (PR5); denial keeps the expiry.
 */
@Entity
@Table(name = "periodic_report")
@NamedQuery(name = "PeriodicReport.ofCycle", query = "select r from PeriodicReport r where r.organisation = :org"
        + " and r.cycleExpiry = :cycle and r.state <> jp.ras.domain.model.report.PeriodicReportState.DENIED")
public class PeriodicReport {

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The expiry date this report is for: the organisation's expiry when it was filed. */
    @Column(name = "cycle_expiry", nullable = false, updatable = false)
    private LocalDate cycleExpiry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeriodicReportState state = PeriodicReportState.FILED;

    /** PR3: filed after the due date (one month before expiry); may not be decided in time. */
    @Column(nullable = false, updatable = false)
    private boolean late;

    @Column(name = "filed_by", nullable = false, length = 32, updatable = false)
    private String filedBy;

    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(length = TextLimits.LONG_TEXT)
    private String note;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = TextLimits.LONG_TEXT)
    private String decisionReason;

    @Column(name = "new_expiry")
    private LocalDate newExpiry;

    @ElementCollection
    @CollectionTable(name = "periodic_report_addition", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ForeignNational> additions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "periodic_report_removal", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "roster_entry_id")
    private Set<Long> removals = new HashSet<>();

    @Version
    private long version;

    protected PeriodicReport() {
    }

    /**
     * PR1, PR3: files the report of the organisation's current cycle. {@code openReportOfCycle} tells whether a
     * report of this cycle is already filed or approved (one per cycle).
     */
    public static PeriodicReport file(Organisation organisation, boolean openReportOfCycle, String user,
            LocalDate today, Instant now, List<ForeignNational> additions, Set<Long> removals, String note) {
        new RuleViolationException.Collector()
                .check(organisation.getState() != OrganisationState.DELETED, "organisation", "organisationDeleted",
                        "PR7")
                .check(!openReportOfCycle, "organisation", "reportAlreadyFiled", "PR1")
                .length(note, "note", TextLimits.LONG_TEXT)
                .throwIfAny();
        PeriodicReport report = new PeriodicReport();
        report.organisation = organisation;
        report.cycleExpiry = organisation.getValidUntil();
        report.late = today.isAfter(organisation.reportDueDate());
        report.filedBy = user;
        report.filedOn = today;
        report.filedAt = now;
        report.additions = new ArrayList<>(additions);
        report.removals = new HashSet<>(removals);
        report.note = note == null || note.isBlank() ? null : note.strip();
        return report;
    }

    /** PR4, PR5: returns true when the organisation resumed. */
    public boolean approve(String supervisor, Instant now, LocalDate today, ApprovalValidity validity) {
        requireFiled();
        state = PeriodicReportState.APPROVED;
        decidedBy = supervisor;
        decidedAt = now;
        boolean resumed = organisation.reportApproved(cycleExpiry, validity, today);
        newExpiry = organisation.getValidUntil();
        return resumed;
    }

    /** PR4: denial keeps the expiry. */
    public void deny(String supervisor, Instant now, String reason) {
        requireFiled();
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "required", "PR3");
        }
        RuleViolationException.checkLength(reason, "reason", TextLimits.LONG_TEXT);
        state = PeriodicReportState.DENIED;
        decidedBy = supervisor;
        decidedAt = now;
        decisionReason = reason.strip();
    }

    private void requireFiled() {
        if (state != PeriodicReportState.FILED) {
            throw RuleViolationException.of("state", "alreadyDecided", "PR3");
        }
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getCycleExpiry() {
        return cycleExpiry;
    }

    public PeriodicReportState getState() {
        return state;
    }

    public boolean isLate() {
        return late;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getNote() {
        return note;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getNewExpiry() {
        return newExpiry;
    }

    public List<ForeignNational> getAdditions() {
        return List.copyOf(additions);
    }

    public Set<Long> getRemovals() {
        return Set.copyOf(removals);
    }
}
