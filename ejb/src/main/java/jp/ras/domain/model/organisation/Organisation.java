package jp.ras.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;

/**
 * An affiliated organisation (所属機関): a company, school or sole proprietor (Q15). Its use of RAS is ACTIVE
 * until the approval expires without an approved periodic report (SUSPENDED, PR5) or it is DELETED.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    /** 法人番号; sole proprietors have none. */
    @Column(name = "corporate_number", length = 13)
    private CorporateNumber corporateNumber;

    @Column(nullable = false, length = 20)
    private String prefecture;

    @Column(nullable = false, length = TextLimits.ADDRESS)
    private String address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_code")
    private RegionalOffice office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrganisationState state = OrganisationState.ACTIVE;

    /** Why it is suspended (null unless SUSPENDED): only an expiry suspension is lifted by the sweep (PR5). */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_cause", length = 16)
    private SuspensionCause suspensionCause;

    /** Last day of the approval's validity (UA6, PR4). */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "created_on")
    private LocalDate createdOn;

    @Version
    private long version;

    protected Organisation() {
    }

    /** {@code corporateNumber} is null for a sole proprietor. */
    public Organisation(String name, CorporateNumber corporateNumber, String prefecture, String address,
            RegionalOffice office, LocalDate validUntil) {
        checkIdentity(name, text(corporateNumber), prefecture, address);
        this.name = name.strip();
        this.corporateNumber = corporateNumber;
        this.prefecture = prefecture;
        this.address = address.strip();
        this.office = Objects.requireNonNull(office, "office");
        if (!office.hasJurisdictionOver(prefecture)) {
            throw new IllegalArgumentException("office " + office.getCode() + " has no jurisdiction over "
                    + prefecture + " (UA2)");
        }
        this.validUntil = validUntil;
    }

    /**
     * Field checks shared by every way an organisation's identity is entered: name and address required,
     * corporate number optional (sole proprietors) but with a correct check digit when given. The screens check
     * what was typed here; {@link CorporateNumber#ofNullable} then makes the value an organisation takes.
     */
    public static void checkIdentity(String name, String corporateNumber, String prefecture, String address) {
        String number = CorporateNumber.normalise(corporateNumber);
        new RuleViolationException.Collector()
                .check(name != null && !name.isBlank(), "orgName", "required")
                .length(name == null ? null : name.strip(), "orgName", TextLimits.NAME)
                .check(number == null || CorporateNumber.isValid(number), "corporateNumber", "corporateNumber", "UA4")
                .check(prefecture != null && !prefecture.isBlank(), "prefecture", "required")
                .check(address != null && !address.isBlank(), "address", "required")
                .length(address == null ? null : address.strip(), "address", TextLimits.ADDRESS)
                .throwIfAny();
    }

    /** A new organisation whose usage application was approved today (UA5, UA6). */
    public static Organisation approved(String name, CorporateNumber corporateNumber, String prefecture, String address,
            RegionalOffice office, LocalDate approvalDate, ApprovalValidity validity) {
        Organisation organisation = new Organisation(name, corporateNumber, prefecture, address, office,
                validity.firstExpiry(approvalDate));
        organisation.createdOn = approvalDate;
        return organisation;
    }

    /** PR1: the periodic report is due one month before expiry. */
    public LocalDate reportDueDate() {
        return validUntil == null ? null : validUntil.minusMonths(1);
    }

    /** PR2: every user is reminded two months before expiry. */
    public LocalDate reminderDate() {
        return validUntil == null ? null : validUntil.minusMonths(2);
    }

    /** Days from today to the last valid day, 0 on that day, negative after it. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, validUntil);
    }

    public boolean isExpired(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    /** PR5: users of a suspended or deleted organisation cannot file. */
    public boolean canFile() {
        return state == OrganisationState.ACTIVE;
    }

    /** PR5: past the expiry date with no approved periodic report. Returns true when this suspended it. */
    public boolean suspendIfExpired(LocalDate today) {
        if (state == OrganisationState.ACTIVE && isExpired(today)) {
            state = OrganisationState.SUSPENDED;
            suspensionCause = SuspensionCause.EXPIRY;
            return true;
        }
        return false;
    }

    /**
     * PR5: the daily sweep's catch-up. An organisation suspended for expiry whose approval is valid again (a late
     * periodic report was approved) resumes. One an officer suspended (PR7) never resumes here. Returns true when
     * it resumed.
     */
    public boolean resumeIfRenewed(LocalDate today) {
        if (state == OrganisationState.SUSPENDED && suspensionCause == SuspensionCause.EXPIRY
                && validUntil != null && !isExpired(today)) {
            state = OrganisationState.ACTIVE;
            suspensionCause = null;
            return true;
        }
        return false;
    }

    /** PR5: the daily sweep of one organisation on a Japan business date: suspend on expiry, or resume once renewed. */
    public SweepOutcome sweep(LocalDate today) {
        if (suspendIfExpired(today)) {
            return SweepOutcome.SUSPENDED;
        }
        return resumeIfRenewed(today) ? SweepOutcome.RESUMED : SweepOutcome.UNCHANGED;
    }

    /**
     * PR2: two months before expiry every user of an active organisation is reminded of the periodic report, unless
     * the report of this cycle is filed or approved ({@code reportFiledForCycle}). A day missed is caught up until
     * the expiry date itself; after it the organisation is swept instead (PR5). The milestone is the expiry date:
     * one reminder per cycle.
     */
    public boolean isReportReminderDue(LocalDate today, boolean reportFiledForCycle) {
        return state == OrganisationState.ACTIVE && validUntil != null && !reportFiledForCycle
                && !today.isBefore(reminderDate()) && !today.isAfter(validUntil);
    }

    /**
     * PR4, PR5: an approved periodic report of the cycle ending {@code cycleExpiry} moves the expiry by the
     * validity from that expiry; a suspended organisation whose new expiry is not past resumes. Returns true when
     * it resumed.
     */
    public boolean reportApproved(LocalDate cycleExpiry, ApprovalValidity validity, LocalDate today) {
        requireNotDeleted();
        validUntil = validity.extend(cycleExpiry);
        if (state == OrganisationState.SUSPENDED && !isExpired(today)) {
            state = OrganisationState.ACTIVE;
            suspensionCause = null;
            return true;
        }
        return false;
    }

    /** PR7: an officer suspends use (mailed to every user). */
    public void suspend() {
        requireNotDeleted();
        if (state != OrganisationState.ACTIVE) {
            throw new IllegalStateException("only an active organisation can be suspended");
        }
        state = OrganisationState.SUSPENDED;
        suspensionCause = SuspensionCause.OFFICER;
    }

    /** PR5, PR7: use resumes only while the approval is valid. */
    public void resume(LocalDate today) {
        requireNotDeleted();
        if (state != OrganisationState.SUSPENDED) {
            throw new IllegalStateException("only a suspended organisation can be resumed");
        }
        if (isExpired(today)) {
            throw RuleViolationException.of("state", "resumeExpired", "PR5");
        }
        state = OrganisationState.ACTIVE;
        suspensionCause = null;
    }

    /** PR7: deletion of use is final. */
    public void delete() {
        requireNotDeleted();
        state = OrganisationState.DELETED;
        suspensionCause = null;
    }

    /** PR6: 利用者情報変更届出 — name or address change, recorded by an officer with the evidence seen. */
    public void changeNameAndAddress(String newName, String newPrefecture, String newAddress,
            RegionalOffice newOffice) {
        requireNotDeleted();
        checkIdentity(newName, text(corporateNumber), newPrefecture, newAddress);
        if (!newOffice.hasJurisdictionOver(newPrefecture)) {
            throw new IllegalArgumentException("office without jurisdiction (UA2)");
        }
        this.name = newName.strip();
        this.prefecture = newPrefecture;
        this.address = newAddress.strip();
        this.office = newOffice;
    }

    private static String text(CorporateNumber number) {
        return number == null ? null : number.value();
    }

    private void requireNotDeleted() {
        if (state == OrganisationState.DELETED) {
            throw new IllegalStateException("organisation " + id + " is deleted");
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** 法人番号, or null for a sole proprietor. */
    public CorporateNumber corporateNumber() {
        return corporateNumber;
    }

    /** The 13 digits, or null for a sole proprietor (screens and API show the text). */
    public String getCorporateNumber() {
        return text(corporateNumber);
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getAddress() {
        return address;
    }

    public RegionalOffice getOffice() {
        return office;
    }

    public OrganisationState getState() {
        return state;
    }

    public SuspensionCause getSuspensionCause() {
        return suspensionCause;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }
}
