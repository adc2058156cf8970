package jp.ras.domain.model.usage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.account.MailAddress;
import jp.ras.domain.model.organisation.ApprovalValidity;
import jp.ras.domain.model.organisation.CorporateNumber;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.shared.EncryptedDateConverter;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;

/**
 * 利用申出: filed in person at a regional office and entered by the officer at the counter (UA1–UA6). It names
 * the organisation, the user to be registered (staff or agent) and the foreign nationals for the roster.
 */
@Entity
@Table(name = "usage_application")
public class UsageApplication {

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private UsageApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UsageApplicationState state = UsageApplicationState.RECEIVED;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_code")
    private RegionalOffice office;

    /** The existing organisation (ADDITIONAL), or the one created on approval (NEW). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "org_name", nullable = false, length = TextLimits.NAME)
    private String orgName;

    @Column(name = "corporate_number", length = 13)
    private CorporateNumber corporateNumber;

    @Column(nullable = false, length = 20)
    private String prefecture;

    @Column(nullable = false, length = TextLimits.ADDRESS)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 16)
    private ApplicantKind applicantKind;

    @Column(name = "applicant_name", nullable = false, length = TextLimits.NAME)
    private String applicantName;

    @Column(name = "applicant_mail", nullable = false, length = TextLimits.MAIL)
    private MailAddress applicantMail;

    @Column(name = "applicant_phone", nullable = false, length = TextLimits.PHONE)
    private String applicantPhone;

    @Column(name = "applicant_locale", nullable = false, length = 8)
    private String applicantLocale;

    /** Lets the counter find the user later by name, organisation and date of birth (AC2). */
    @Convert(converter = EncryptedDateConverter.class)
    @Column(name = "applicant_birth_enc", length = 200)
    private LocalDate applicantBirth;

    /** UA3: the organisation representative's seal (consent) for an agent, recorded by the officer. */
    @Column(name = "agent_consent", nullable = false)
    private boolean agentConsent;

    /** SE2: the identity document the officer checked in person. */
    @Column(name = "identity_document", nullable = false, length = TextLimits.NAME)
    private String identityDocument;

    @Column(name = "received_by", nullable = false, length = 32, updatable = false)
    private String receivedBy;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "denial_reason", length = TextLimits.LONG_TEXT)
    private String denialReason;

    @Column(name = "issued_auth_id", length = 32)
    private AuthenticationId issuedAuthId;

    /** Issue 17: the number an application filed online is followed by (with its mail address); null at the counter. */
    @Column(name = "reference_number", length = 16, updatable = false)
    private String referenceNumber;

    @ElementCollection
    @CollectionTable(name = "usage_application_person", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ForeignNational> persons = new ArrayList<>();

    @Version
    private long version;

    protected UsageApplication() {
    }

    /** What the officer enters at the counter. */
    public record Applicant(ApplicantKind kind, String name, String mail, String phone, Locale locale,
            LocalDate dateOfBirth, boolean agentConsent, String identityDocument) {
    }

    /** UA1, UA2, UA3, UA4: a new organisation's first usage application. */
    public static UsageApplication forNewOrganisation(RegionalOffice office, String orgName, String corporateNumber,
            String prefecture, String address, Applicant applicant, List<ForeignNational> persons,
            String officer, LocalDate today, Instant now) {
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        try {
            Organisation.checkIdentity(orgName, corporateNumber, prefecture, address);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        checkOffice(office, prefecture, violations);
        checkApplicant(applicant, violations);
        violations.check(!persons.isEmpty(), "persons", "rosterEmpty", "UA4");
        violations.throwIfAny();
        UsageApplication application = new UsageApplication(UsageApplicationKind.NEW, office, applicant, persons,
                officer, today, now);
        application.orgName = orgName.strip();
        application.corporateNumber = CorporateNumber.ofNullable(corporateNumber);
        application.prefecture = prefecture;
        application.address = address.strip();
        return application;
    }

    /** UA1: a further user (staff or agent) for an organisation that already uses RAS. */
    public static UsageApplication forExistingOrganisation(RegionalOffice office, Organisation organisation,
            Applicant applicant, List<ForeignNational> persons, String officer, LocalDate today, Instant now) {
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        violations.check(organisation.getState() != OrganisationState.DELETED, "organisation",
                "organisationDeleted", "UA1");
        checkOffice(office, organisation.getPrefecture(), violations);
        checkApplicant(applicant, violations);
        violations.throwIfAny();
        UsageApplication application = new UsageApplication(UsageApplicationKind.ADDITIONAL, office, applicant,
                persons, officer, today, now);
        application.organisation = organisation;
        application.orgName = organisation.getName();
        application.corporateNumber = organisation.corporateNumber();
        application.prefecture = organisation.getPrefecture();
        application.address = organisation.getAddress();
        return application;
    }

    private UsageApplication(UsageApplicationKind kind, RegionalOffice office, Applicant applicant,
            List<ForeignNational> persons, String officer, LocalDate today, Instant now) {
        this.kind = kind;
        this.office = office;
        this.applicantKind = applicant.kind();
        this.applicantName = applicant.name().strip();
        this.applicantMail = MailAddress.of(applicant.mail());
        this.applicantPhone = applicant.phone().strip();
        this.applicantLocale = applicant.locale().getLanguage();
        this.applicantBirth = applicant.dateOfBirth();
        this.agentConsent = applicant.agentConsent();
        this.identityDocument = applicant.identityDocument().strip();
        this.persons = new ArrayList<>(persons);
        this.receivedBy = Objects.requireNonNull(officer, "officer");
        this.receivedOn = today;
        this.receivedAt = now;
    }

    /** UA2: only the office with jurisdiction, and never an airport or sea/airport-only office. */
    private static void checkOffice(RegionalOffice office, String prefecture, RuleViolationException.Collector v) {
        if (office == null) {
            v.check(false, "office", "required");
        } else if (!office.isAcceptsUsageApplications()) {
            v.check(false, "office", "officeNoUsage", "UA2");
        } else if (prefecture != null && !office.hasJurisdictionOver(prefecture)) {
            v.check(false, "office", "officeJurisdiction", "UA2");
        }
    }

    private static void checkApplicant(Applicant a, RuleViolationException.Collector v) {
        v.check(a.kind() != null, "applicantKind", "required")
                .check(a.name() != null && !a.name().isBlank(), "applicantName", "required")
                .length(a.name() == null ? null : a.name().strip(), "applicantName", TextLimits.NAME)
                .length(a.mail() == null ? null : a.mail().strip(), "applicantMail", TextLimits.MAIL)
                // AC6: any domain is accepted; only the shape of an address is checked.
                .check(a.mail() != null && MailAddress.isValid(a.mail().strip()), "applicantMail", "mail", "AC6")
                .check(a.phone() != null && a.phone().strip().matches("\\+?[0-9][0-9 -]{8,20}"), "applicantPhone",
                        "phone")
                .check(a.dateOfBirth() != null, "applicantBirth", "required")
                .check(a.identityDocument() != null && !a.identityDocument().isBlank(), "identityDocument",
                        "identityDocument", "SE2")
                .length(a.identityDocument() == null ? null : a.identityDocument().strip(), "identityDocument",
                        TextLimits.NAME)
                .check(a.kind() != ApplicantKind.AGENT || a.agentConsent(), "agentConsent", "agentConsent", "UA3");
    }

    /**
     * UA5, UA6: approves; for a NEW application the organisation is created now, valid until approval date +
     * validity − 1 day, with the roster it brought. Returns the organisation the new user belongs to.
     */
    public Organisation approve(String supervisor, Instant now, LocalDate today, ApprovalValidity validity,
            AuthenticationId authId) {
        requireReceived();
        if (kind == UsageApplicationKind.NEW) {
            organisation = Organisation.approved(orgName, corporateNumber, prefecture, address, office, today,
                    validity);
        } else if (organisation.getState() == OrganisationState.DELETED) {
            throw RuleViolationException.of("organisation", "organisationDeleted", "UA1");
        }
        state = UsageApplicationState.APPROVED;
        decidedBy = supervisor;
        decidedAt = now;
        issuedAuthId = Objects.requireNonNull(authId, "authId");
        return organisation;
    }

    /** UA5: denial with the reason that the result mail gives. */
    public void deny(String supervisor, Instant now, String reason) {
        requireReceived();
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "required", "UA5");
        }
        RuleViolationException.checkLength(reason, "reason", TextLimits.LONG_TEXT);
        state = UsageApplicationState.DENIED;
        decidedBy = supervisor;
        decidedAt = now;
        denialReason = reason.strip();
    }

    /** Who receives an application filed online (issue 17): no officer, the online channel. */
    public static final String ONLINE = "online";

    private static final String REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * Issue 17: an application filed online gets a reference number such as {@code UA-7KQ2M-H9B4T}: {@code UA-} and
     * two groups of five of 32 letters and digits without the look-alikes (50 random bits); its sender follows it by that and the mail address.
     */
    public String giveReferenceNumber() {
        if (referenceNumber != null) {
            return referenceNumber;
        }
        StringBuilder number = new StringBuilder("UA-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                number.append('-');
            }
            number.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        referenceNumber = number.toString();
        return referenceNumber;
    }

    /** A reference number as a person may type it: upper case, without spaces; null when it cannot be one. */
    public static String normaliseReference(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip().toUpperCase(java.util.Locale.ROOT).replace('－', '-').replace(" ", "");
        return value.matches("UA-[A-Z0-9]{5}-[A-Z0-9]{5}") ? value : null;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    private void requireReceived() {
        if (state != UsageApplicationState.RECEIVED) {
            throw RuleViolationException.of("state", "alreadyDecided", "UA5");
        }
    }

    public Long getId() {
        return id;
    }

    public UsageApplicationKind getKind() {
        return kind;
    }

    public UsageApplicationState getState() {
        return state;
    }

    public RegionalOffice getOffice() {
        return office;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getOrgName() {
        return orgName;
    }

    public String getCorporateNumber() {
        return corporateNumber == null ? null : corporateNumber.value();
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getAddress() {
        return address;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantMail() {
        return applicantMail.value();
    }

    /** The mail address the user approved by this application is registered with. */
    public MailAddress applicantMail() {
        return applicantMail;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public Locale getApplicantLocale() {
        return Locale.forLanguageTag(applicantLocale);
    }

    public LocalDate getApplicantBirth() {
        return applicantBirth;
    }

    public boolean isAgentConsent() {
        return agentConsent;
    }

    public String getIdentityDocument() {
        return identityDocument;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDenialReason() {
        return denialReason;
    }

    public String getIssuedAuthId() {
        return issuedAuthId == null ? null : issuedAuthId.value();
    }

    public List<ForeignNational> getPersons() {
        return List.copyOf(persons);
    }
}
