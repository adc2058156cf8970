package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.usage.UsageApplication;
import jp.ras.domain.model.usage.UsageApplicationDocument;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.model.usage.UsageApplicationState;
import jp.ras.domain.model.usage.UsageRequest;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.config.BusinessSettings;
import jp.ras.infrastructure.documents.UploadedDocuments;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.UsageApplicationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * Usage applications filed online (issue 17, UA1–UA6). Anyone may send a new organisation's application; it is
 * checked by the counter's rules ({@link UsageIntake}) and then only stored as a waiting request, whose link is
 * mailed to the applicant's address. Following the link makes the usage application in the officers' queue, as a
 * counter entry does, with a reference number the sender follows it by. An organisation's user asks for a further
 * user (追加利用申出) while logged in. Open methods are the few an unauthenticated sender needs, each limited:
 * requests per client address (counted in the audit trail, so the cluster counts the same), links by their secret.
 */
@Stateless
public class UsageRequestService {

    /** The most foreign nationals one online application brings (a longer roster goes to the counter). */
    public static final int MAX_PERSONS = 100;

    /**
     * The most links that wait at once for one mail address: whoever sends from many client addresses still cannot
     * fill someone's mailbox with confirmation mails.
     */
    public static final int MAX_WAITING_PER_MAIL = 3;

    @Inject
    private UsageIntake intake;

    @Inject
    private UsageApplicationRepository applications;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private jp.ras.infrastructure.persistence.OrganisationRepository organisations;

    @Inject
    private UploadedDocuments documents;

    @Inject
    private BusinessSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The identity document as uploaded. */
    public record Document(String fileName, byte[] content) implements Serializable {
    }

    /**
     * UA1–UA4, SE2: checks a new organisation's application sent online and keeps it only as a waiting request,
     * mailing the link that confirms it to the applicant's address. Every broken rule at once (AP9); nothing is
     * stored when one is broken. {@link TooManyRequestsException} once the client address sent its limit.
     */
    @PermitAll
    public void request(UsageApplicationService.Entry entry, Document document) {
        Instant now = clock.instant();
        purgeLapsed(now);
        OptionalLong wait = retryAfter(now);
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.getAsLong());
        }
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        String mediaType = checkDocument(document, violations);
        UsageApplicationService.Entry parts = online(entry, UsageApplicationKind.NEW, null, entry.officeCode(),
                document);
        violations.check(parts.persons().size() <= MAX_PERSONS, "persons", "usageRequestTooLong", "UA4");
        violations.check(parts.applicantMail() == null || parts.applicantMail().isBlank()
                || applications.waitingRequestsTo(parts.applicantMail(), now) < MAX_WAITING_PER_MAIL,
                "applicantMail", "usageRequestWaiting", "UA4");
        try {
            intake.build(parts, UsageApplication.ONLINE);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        violations.throwIfAny();
        UsageRequest.Issued issued = UsageRequest.waiting(parts.applicantMail(), parts.applicantLocale(),
                Payload.write(parts), document.fileName(), mediaType, document.content(), now);
        applications.addRequest(issued.request());
        audit.recordFor(null, null, AuditAction.USAGE_REQUESTED, "usage-request:" + issued.request().getId(),
                "NEW, waiting for the applicant's mail confirmation");
        outbox.queue(issued.request().getMail(), issued.request().getLocale(), "usage-request-confirm", Map.of(
                "name", parts.applicantName().strip(), "organisation", parts.orgName().strip(),
                "hours", String.valueOf(UsageRequest.LIFETIME.toHours()),
                "link", MailLinks.confirmUsageRequest(issued.secret())));
    }

    /**
     * UA2: the regional offices, in the agency's order, with whether each accepts usage applications (the airport
     * branches do not) and the prefectures it has jurisdiction over: reference data every installation ships.
     */
    @PermitAll
    public List<OrganisationService.Office> offices() {
        return organisations.offices().stream().map(o -> new OrganisationService.Office(o.getCode(), o.getNameJa(),
                o.getNameEn(), o.isAcceptsUsageApplications(), o.getPrefectures())).toList();
    }

    /**
     * Issue 17: seconds until this client address may send a usage application online again; empty while it may.
     * The page asks before the form is filled in; {@link #request} checks again.
     */
    @PermitAll
    public OptionalLong requestRetryAfter() {
        return retryAfter(clock.instant());
    }

    private OptionalLong retryAfter(Instant now) {
        Duration window = Duration.ofMinutes(settings.usageRequestAddressWindowMinutes());
        return audit.recentFromThisAddress(AuditAction.USAGE_REQUESTED, now.minus(window))
                .filter(r -> r.count() >= settings.usageRequestAddressLimit() && r.earliest() != null)
                .map(r -> OptionalLong.of(Math.max(1, Duration.between(now, r.earliest().plus(window)).toSeconds() + 1)))
                .orElse(OptionalLong.empty());
    }

    /** Whether a mailed link still works; opening the page changes nothing (a mail scanner may open it). */
    @PermitAll
    public boolean linkWorks(String secret) {
        return secret != null && !secret.isBlank()
                && applications.request(secret).filter(r -> r.isWaiting(clock.instant())).isPresent();
    }

    /**
     * Issue 17: the applicant followed the link: the usage application goes to the officers' queue as received,
     * with the identity document, and its reference number is mailed. Returns the reference number. A used,
     * lapsed or unknown link changes nothing ({@code linkInvalid}).
     */
    @PermitAll
    public String confirm(String secret) {
        Instant now = clock.instant();
        UsageRequest request = (secret == null || secret.isBlank() ? Optional.<UsageRequest>empty()
                : applications.requestForUpdate(secret)).filter(r -> r.isWaiting(now))
                .orElseThrow(() -> RuleViolationException.of("token", "linkInvalid", null));
        UsageApplicationService.Entry parts = Payload.read(request.getPayload());
        UsageApplication application = intake.build(parts, UsageApplication.ONLINE);
        String reference = application.giveReferenceNumber();
        applications.add(application);
        applications.addDocument(new UsageApplicationDocument(application.getId(), request.getDocumentName(),
                request.getDocumentType(), request.getDocument()));
        request.confirmed(application.getId(), now);
        audit.recordFor(null, null, AuditAction.USAGE_RECEIVED, "usage:" + application.getId(),
                application.getKind() + " " + application.getOrgName() + ", online " + reference
                        + " (usage-request:" + request.getId() + "), identity document: "
                        + application.getIdentityDocument());
        mailReceived(application);
        return reference;
    }

    /**
     * Issue 17: the state of an application filed online, by its reference number and the applicant's mail
     * address; empty when either is wrong (the same answer for both).
     */
    @PermitAll
    public Optional<UsageApplicationState> status(String referenceNumber, String mail) {
        String reference = UsageApplication.normaliseReference(referenceNumber);
        if (reference == null || mail == null || mail.isBlank()) {
            return Optional.empty();
        }
        return applications.byReference(reference)
                .filter(a -> a.getApplicantMail().equalsIgnoreCase(mail.strip()))
                .map(UsageApplication::getState);
    }

    /**
     * UA1, UA3: an organisation's user asks online for a further user of their organisation (追加利用申出), at the
     * organisation's office; an agent only as the organisation's request, which the user confirms. The application
     * goes to the officers' queue as received, with its reference number. Returns the reference number.
     */
    @RolesAllowed(Role.ORG_USER_NAME)
    public String requestAdditionalUser(UsageApplicationService.Entry entry, Document document) {
        UserAccount me = accounts.findActive(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new UnknownAccountException(session.getCallerPrincipal().getName()));
        Organisation organisation = me.getOrganisation();
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        String mediaType = checkDocument(document, violations);
        UsageApplicationService.Entry parts = online(entry, UsageApplicationKind.ADDITIONAL, organisation.getId(),
                organisation.getOffice().getCode(), document);
        UsageApplication application = null;
        try {
            application = intake.build(parts, UsageApplication.ONLINE);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        violations.throwIfAny();
        String reference = application.giveReferenceNumber();
        applications.add(application);
        applications.addDocument(new UsageApplicationDocument(application.getId(), document.fileName(), mediaType,
                document.content()));
        audit.record(AuditAction.USAGE_RECEIVED, "usage:" + application.getId(),
                application.getKind() + " " + application.getOrgName() + ", online " + reference
                        + ", identity document: " + application.getIdentityDocument());
        mailReceived(application);
        return reference;
    }

    private void mailReceived(UsageApplication application) {
        outbox.queue(application.getApplicantMail(), application.getApplicantLocale(), "usage-request-received",
                Map.of("name", application.getApplicantName(), "organisation", application.getOrgName(),
                        "reference", application.getReferenceNumber(), "link", MailLinks.usageStatus()));
    }

    private void purgeLapsed(Instant now) {
        int purged = applications.purgeRequests(now);
        if (purged > 0) {
            audit.recordFor(null, null, AuditAction.USAGE_REQUESTS_PURGED, "usage-request",
                    purged + " requests whose link lapsed");
        }
    }

    /** SE2, AP8: PDF, JPEG or PNG by content; the violation on {@code document}. Null when refused. */
    private String checkDocument(Document document, RuleViolationException.Collector violations) {
        try {
            return documents.check(document == null ? null : document.fileName(),
                    document == null ? null : document.content(), 0);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
            return null;
        }
    }

    /** The parts as the sender gave them, of the kind asked, naming the uploaded document as the one seen. */
    private static UsageApplicationService.Entry online(UsageApplicationService.Entry entry,
            UsageApplicationKind kind, Long organisationId, String officeCode, Document document) {
        String seen = document == null || document.fileName() == null ? null
                : TextLimits.cut("online: " + document.fileName().strip(), TextLimits.NAME);
        return UsageApplicationService.Entry.builder().kind(kind).officeCode(officeCode)
                .organisationId(organisationId)
                .orgName(kind == UsageApplicationKind.NEW ? entry.orgName() : null)
                .corporateNumber(kind == UsageApplicationKind.NEW ? entry.corporateNumber() : null)
                .prefecture(kind == UsageApplicationKind.NEW ? entry.prefecture() : null)
                .address(kind == UsageApplicationKind.NEW ? entry.address() : null)
                .applicantKind(entry.applicantKind()).applicantName(entry.applicantName())
                .applicantMail(entry.applicantMail()).applicantPhone(entry.applicantPhone())
                .applicantLocale(entry.applicantLocale() == null ? Locale.JAPANESE : entry.applicantLocale())
                .applicantBirth(entry.applicantBirth()).agentConsent(entry.agentConsent()).identityDocument(seen)
                .persons(new ArrayList<>(entry.persons() == null ? List.of() : entry.persons())).build();
    }

    /**
     * The waiting request's parts as one text: Java serialisation of the entry (base64), read back only through a
     * filter that admits the entry's own types. It is stored encrypted and authenticated (AES-GCM), so only RAS
     * can have written it.
     */
    static final class Payload {

        private static final ObjectInputFilter TYPES = ObjectInputFilter.Config.createFilter(
                "maxdepth=6;maxarray=1000;maxrefs=20000;"
                        + "jp.ras.application.UsageApplicationService$Entry;jp.ras.application.PersonData;"
                        + "jp.ras.domain.model.usage.*;jp.ras.domain.model.organisation.Sex;java.lang.Enum;"
                        + "java.util.ArrayList;java.util.Locale;java.time.Ser;java.time.LocalDate;java.lang.*;!*");

        private Payload() {
        }

        static String write(UsageApplicationService.Entry entry) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(entry);
            } catch (IOException e) {
                throw new IllegalStateException("the request cannot be written: " + e, e);
            }
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        }

        static UsageApplicationService.Entry read(String text) {
            try (ObjectInputStream in = new ObjectInputStream(
                    new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
                in.setObjectInputFilter(TYPES);
                return (UsageApplicationService.Entry) in.readObject();
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                throw new IllegalStateException("the stored request cannot be read: " + e, e);
            }
        }
    }
}
