package jp.ras.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One foreign national on an organisation's list (所属している外国人リスト, UA4, PR6). Additions and removals
 * are dated, never deleted, so the list keeps its history.
 */
@Entity
@Table(name = "roster_entry")
public class RosterEntry {

    @Id
    @SequenceGenerator(name = "ras_seq", sequenceName = "ras_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ras_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "name_roman", nullable = false, length = 200)
    private String nameRoman;

    @Column(nullable = false, length = 3)
    private String nationality;

    @Column(name = "status_of_residence", nullable = false, length = 64)
    private String statusOfResidence;

    @Column(name = "period_of_stay", nullable = false, length = 32)
    private String periodOfStay;

    @Column(name = "stay_expiry", nullable = false)
    private LocalDate stayExpiry;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    protected RosterEntry() {
    }

    public RosterEntry(Organisation organisation, String nameRoman, String nationality, String statusOfResidence,
            String periodOfStay, LocalDate stayExpiry, LocalDate addedOn) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.nameRoman = Objects.requireNonNull(nameRoman, "nameRoman");
        this.nationality = Objects.requireNonNull(nationality, "nationality");
        this.statusOfResidence = Objects.requireNonNull(statusOfResidence, "statusOfResidence");
        this.periodOfStay = Objects.requireNonNull(periodOfStay, "periodOfStay");
        this.stayExpiry = Objects.requireNonNull(stayExpiry, "stayExpiry");
        this.addedOn = Objects.requireNonNull(addedOn, "addedOn");
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getNameRoman() {
        return nameRoman;
    }

    public String getNationality() {
        return nationality;
    }

    public String getStatusOfResidence() {
        return statusOfResidence;
    }

    public String getPeriodOfStay() {
        return periodOfStay;
    }

    public LocalDate getStayExpiry() {
        return stayExpiry;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }
}
