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
import java.util.Objects;

/** An affiliated organisation (所属機関): a company, school or sole proprietor (Q15). */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @SequenceGenerator(name = "ras_seq", sequenceName = "ras_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ras_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    /** 法人番号; sole proprietors have none. */
    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    @Column(nullable = false, length = 20)
    private String prefecture;

    @Column(nullable = false, length = 400)
    private String address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_code")
    private RegionalOffice office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrganisationState state = OrganisationState.ACTIVE;

    /** Last day of the approval's validity (UA6, PR4). */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String corporateNumber, String prefecture, String address,
            RegionalOffice office, LocalDate validUntil) {
        this.name = Objects.requireNonNull(name, "name");
        this.corporateNumber = corporateNumber;
        this.prefecture = Objects.requireNonNull(prefecture, "prefecture");
        this.address = Objects.requireNonNull(address, "address");
        this.office = Objects.requireNonNull(office, "office");
        if (!office.hasJurisdictionOver(prefecture)) {
            throw new IllegalArgumentException("office " + office.getCode() + " has no jurisdiction over "
                    + prefecture + " (UA2)");
        }
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCorporateNumber() {
        return corporateNumber;
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

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
