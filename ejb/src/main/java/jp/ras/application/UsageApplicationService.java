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
import java.util.Locale;
import java.util.Map;
import jp.ras.domain.model.account.AccountToken;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.TokenPurpose;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.usage.ApplicantKind;
import jp.ras.domain.model.usage.UsageApplication;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.model.usage.UsageApplicationState;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.config.BusinessSettings;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.UsageApplicationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/** Usage applications (利用申出): entered by an officer at the counter, decided by a supervisor (UA1–UA6). */
@Stateless
public class UsageApplicationService {

    @Inject
    private UsageApplicationRepository applications;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private BusinessSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private UsageIntake intake;

    @Resource
    private SessionContext session;

    /**
     * What the officer enters at the counter, each part by its name ({@code Entry.builder().kind(NEW)
     * .officeCode("tokyo")…build()}). {@code organisationId} only for ADDITIONAL; the new organisation's parts only
     * for NEW.
     */
    public static final class Entry implements Serializable {

        private static final long serialVersionUID = 1L;

        private UsageApplicationKind kind;
        private String officeCode;
        private Long organisationId;
        private String orgName;
        private String corporateNumber;
        private String prefecture;
        private String address;
        private ApplicantKind applicantKind;
        private String applicantName;
        private String applicantMail;
        private String applicantPhone;
        private Locale applicantLocale;
        private LocalDate applicantBirth;
        private boolean agentConsent;
        private String identityDocument;
        private List<PersonData> persons;

        private Entry() {
        }

        public static Builder builder() {
            return new Builder();
        }

        /** The kind of application (UA1). */
        public UsageApplicationKind kind() {
            return kind;
        }

        /** The regional office it is filed at (UA2). */
        public String officeCode() {
            return officeCode;
        }

        /** The organisation, only for ADDITIONAL. */
        public Long organisationId() {
            return organisationId;
        }

        /** A new organisation's name. */
        public String orgName() {
            return orgName;
        }

        /** A new organisation's corporate number. */
        public String corporateNumber() {
            return corporateNumber;
        }

        /** A new organisation's prefecture. */
        public String prefecture() {
            return prefecture;
        }

        /** A new organisation's address. */
        public String address() {
            return address;
        }

        /** Who applies: staff or agent (UA3). */
        public ApplicantKind applicantKind() {
            return applicantKind;
        }

        public String applicantName() {
            return applicantName;
        }

        public String applicantMail() {
            return applicantMail;
        }

        public String applicantPhone() {
            return applicantPhone;
        }

        /** The language of the applicant's mails. */
        public Locale applicantLocale() {
            return applicantLocale;
        }

        public LocalDate applicantBirth() {
            return applicantBirth;
        }

        /** An agent's consent of the organisation (UA3). */
        public boolean agentConsent() {
            return agentConsent;
        }

        /** The document that proved the applicant's identity. */
        public String identityDocument() {
            return identityDocument;
        }

        /** The affiliated foreign nationals (UA4). */
        public List<PersonData> persons() {
            return persons;
        }

        /** Every part is null (false) until set. */
        public static final class Builder {

            private Entry entry = new Entry();

            private Builder() {
            }

            public Builder kind(UsageApplicationKind value) {
                entry.kind = value;
                return this;
            }

            public Builder officeCode(String value) {
                entry.officeCode = value;
                return this;
            }

            public Builder organisationId(Long value) {
                entry.organisationId = value;
                return this;
            }

            public Builder orgName(String value) {
                entry.orgName = value;
                return this;
            }

            public Builder corporateNumber(String value) {
                entry.corporateNumber = value;
                return this;
            }

            public Builder prefecture(String value) {
                entry.prefecture = value;
                return this;
            }

            public Builder address(String value) {
                entry.address = value;
                return this;
            }

            public Builder applicantKind(ApplicantKind value) {
                entry.applicantKind = value;
                return this;
            }

            public Builder applicantName(String value) {
                entry.applicantName = value;
                return this;
            }

            public Builder applicantMail(String value) {
                entry.applicantMail = value;
                return this;
            }

            public Builder applicantPhone(String value) {
                entry.applicantPhone = value;
                return this;
            }

            public Builder applicantLocale(Locale value) {
                entry.applicantLocale = value;
                return this;
            }

            public Builder applicantBirth(LocalDate value) {
                entry.applicantBirth = value;
                return this;
            }

            public Builder agentConsent(boolean value) {
                entry.agentConsent = value;
                return this;
            }

            public Builder identityDocument(String value) {
                entry.identityDocument = value;
                return this;
            }

            public Builder persons(List<PersonData> value) {
                entry.persons = value;
                return this;
            }

            /** The entry; setting a part afterwards changes only what the builder builds next. */
            public Entry build() {
                Entry built = entry;
                Entry next = new Entry();
                next.kind = built.kind;
                next.officeCode = built.officeCode;
                next.organisationId = built.organisationId;
                next.orgName = built.orgName;
                next.corporateNumber = built.corporateNumber;
                next.prefecture = built.prefecture;
                next.address = built.address;
                next.applicantKind = built.applicantKind;
                next.applicantName = built.applicantName;
                next.applicantMail = built.applicantMail;
                next.applicantPhone = built.applicantPhone;
                next.applicantLocale = built.applicantLocale;
                next.applicantBirth = built.applicantBirth;
                next.agentConsent = built.agentConsent;
                next.identityDocument = built.identityDocument;
                next.persons = built.persons;
                entry = next;
                return built;
            }
        }
    }

    public record Row(long id, UsageApplicationKind kind, UsageApplicationState state, String officeCode,
            String orgName, String prefecture, ApplicantKind applicantKind, String applicantName,
            LocalDate receivedOn, String receivedBy, int persons, String issuedAuthId)
            implements QueueRow<UsageApplicationState>, Serializable {
    }

    public record Detail(Row row, String corporateNumber, String address, Long organisationId, String applicantMail,
            String applicantPhone, LocalDate applicantBirth, boolean agentConsent, String identityDocument,
            String decidedBy, Instant decidedAt, String denialReason, List<ForeignNational> persons,
            String referenceNumber, boolean hasDocument) implements QueueEntry<Row>, Serializable {
    }

    /** UA1–UA4, SE2: records a usage application filed in person. Returns its number. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public long receive(Entry entry) {
        UsageApplication application = intake.build(entry, session.getCallerPrincipal().getName());
        applications.add(application);
        audit.record(AuditAction.USAGE_RECEIVED, "usage:" + application.getId(),
                application.getKind() + " " + application.getOrgName() + ", identity document: "
                        + application.getIdentityDocument());
        return application.getId();
    }

    /** One page of the approval queue (at most 100 rows), sorted in the database. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public QueuePage<Row> queue(QueueFilter<UsageApplicationState> filter, int first, int max,
            UsageApplicationRepository.QueueSort sort, boolean ascending) {
        return new QueuePage<>(applications.queuePage(filter.officeCode(), filter.state(), filter.organisation(),
                first, Math.min(Math.max(max, 1), 100), sort, ascending).stream().map(UsageApplicationService::row)
                .toList(), applications.queueCount(filter.officeCode(), filter.state(), filter.organisation()));
    }

    /** Where application {@code id} stands in the queue's default order (oldest first), from 0. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public long queuePosition(QueueFilter<UsageApplicationState> filter, long id) {
        UsageApplication application = applications.find(id).orElseThrow(() -> new NotFoundException("usage " + id));
        return applications.queuePosition(filter.officeCode(), filter.state(), filter.organisation(), application);
    }

    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public Detail detail(long id) {
        UsageApplication a = applications.find(id).orElseThrow(() -> new NotFoundException("usage " + id));
        return new Detail(row(a), a.getCorporateNumber(), a.getAddress(),
                a.getOrganisation() == null ? null : a.getOrganisation().getId(), a.getApplicantMail(),
                a.getApplicantPhone(), a.getApplicantBirth(), a.isAgentConsent(), a.getIdentityDocument(),
                a.getDecidedBy(), a.getDecidedAt(), a.getDenialReason(), a.getPersons(), a.getReferenceNumber(),
                a.getReferenceNumber() != null && applications.document(id).isPresent());
    }

    /** Issue 17, SE2: the identity document uploaded with an application filed online. */
    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public OfficerApplicationService.DocumentContent identityDocument(long id) {
        return applications.document(id).map(d -> new OfficerApplicationService.DocumentContent(d.getFileName(),
                d.getMediaType(), d.getContent())).orElseThrow(() -> new NotFoundException("usage document " + id));
    }

    /**
     * UA5, UA6, U1, U2: approves. Creates the organisation (NEW) with its roster, registers the user under a new
     * authentication ID and mails it with a single-use link to set the password (72 h). Returns the ID.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public String approve(long id) {
        UsageApplication application = applications.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("usage " + id));
        Instant now = clock.instant();
        LocalDate today = JapanTime.today(clock);
        Role role = application.getApplicantKind().role();
        AuthenticationId authId = AuthenticationId.issued(role, applications.nextAuthIdNumber());
        Organisation organisation = application.approve(session.getCallerPrincipal().getName(), now, today,
                settings.validity(), authId);
        if (organisation.getId() == null) {
            organisations.add(organisation);
        }
        for (ForeignNational person : application.getPersons()) {
            organisations.addRosterEntry(new RosterEntry(organisation, person, today));
        }
        UserAccount account = UserAccount.registered(authId, role, application.getApplicantName(),
                application.applicantMail(), application.getApplicantPhone(), application.getApplicantBirth(),
                application.getApplicantLocale(), organisation, now);
        accounts.add(account);
        AccountToken.Issued link = accounts.issueToken(account, TokenPurpose.SET_PASSWORD, null, now);
        audit.record(AuditAction.USAGE_APPROVED, "usage:" + id, "organisation:" + organisation.getId()
                + " user " + authId + ", valid until " + organisation.getValidUntil());
        outbox.queue(account.getMailAddress(), account.getLocale(), "usage-approved", Map.of(
                "name", account.getDisplayName(), "authId", authId.value(), "organisation", organisation.getName(),
                "validUntil", organisation.getValidUntil().toString(),
                "link", MailLinks.setPassword(link.secret())));
        return authId.value();
    }

    /** UA5: denies with a reason, mailed to the applicant. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void deny(long id, String reason) {
        UsageApplication application = applications.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("usage " + id));
        application.deny(session.getCallerPrincipal().getName(), clock.instant(), reason);
        audit.record(AuditAction.USAGE_DENIED, "usage:" + id, application.getDenialReason());
        outbox.queue(application.getApplicantMail(), application.getApplicantLocale(), "usage-denied", Map.of(
                "name", application.getApplicantName(), "organisation", application.getOrgName(),
                "reason", application.getDenialReason()));
    }

    private static Row row(UsageApplication a) {
        return new Row(a.getId(), a.getKind(), a.getState(), a.getOffice().getCode(), a.getOrgName(),
                a.getPrefecture(), a.getApplicantKind(), a.getApplicantName(), a.getReceivedOn(), a.getReceivedBy(),
                a.getPersons().size(), a.getIssuedAuthId());
    }
}
