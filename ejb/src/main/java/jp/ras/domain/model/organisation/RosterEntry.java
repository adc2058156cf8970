package jp.ras.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;

/**
 * One foreign national on an organisation's list (所属している外国人リスト, UA4, PR6). Additions and removals
 * are dated, never deleted, so the list keeps its history.
 */
@Entity
@Table(name = "roster_entry")
public class RosterEntry {

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Embedded
    private ForeignNational person;

    /** Keyed hash of the card number, for finding a person without decrypting the roster (SE1). */
    @Column(name = "card_number_hash", length = 64)
    private String cardNumberHash;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Column(name = "removal_reason", length = TextLimits.ADDRESS)
    private String removalReason;

    protected RosterEntry() {
    }

    public RosterEntry(Organisation organisation, ForeignNational person, LocalDate addedOn) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.person = Objects.requireNonNull(person, "person");
        this.addedOn = Objects.requireNonNull(addedOn, "addedOn");
    }

    @PrePersist
    void hashCardNumber() {
        cardNumberHash = person.cardNumber().lookupHash();
    }

    /** PR6: a removal is dated and kept; the entry stays in the history. */
    public void remove(LocalDate on, String reason) {
        if (removedOn != null) {
            throw new IllegalStateException("already removed on " + removedOn);
        }
        if (on.isBefore(addedOn)) {
            throw new IllegalArgumentException("removal before addition");
        }
        RuleViolationException.checkLength(reason, "reason", TextLimits.ADDRESS);
        this.removedOn = on;
        this.removalReason = reason;
    }

    public boolean isCurrent() {
        return removedOn == null;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The keyed hash of the card number (never the number itself). */
    public String getCardNumberHash() {
        return cardNumberHash;
    }

    public ForeignNational getPerson() {
        return person;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
