package jp.ras.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.application.ApplicationPhoto;
import jp.ras.domain.model.application.EligibleStatus;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;
import jp.ras.infrastructure.photo.FacePhotos;

/**
 * Files one extension for a user of an organisation: the screen, the API and the bulk filing (B2) all come
 * here, so every filing passes the same rules and leaves the same traces. Inside the caller's transaction; a
 * broken rule is found before anything is written and leaves the transaction usable, so a bulk filing can go on
 * with its next row.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RuleViolationException.class)
class Filing {

    @Inject
    private ResidenceApplicationRepository applications;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private FacePhotos photos;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /**
     * AP1–AP9, AP13, RC1, RC2, RN1, AP3: checks every rule, reporting each broken one on its field (AP9), then stores the
     * application, its acceptance date (the Japan date of filing), the provisional receipt number, the photo, the
     * audit entry and the mails to the user and to the applicant. Nothing is stored when a rule is broken.
     */
    ResidenceApplicationService.Filed file(UserAccount me, Organisation organisation, RosterEntry entry,
            ResidenceApplication.Form form, byte[] photo) {
        return file(me, organisation, entry, form, photo, applications.eligibility(), new ArrayList<>());
    }

    /**
     * The filing form's review step (確認画面): every rule filing checks, reporting each broken one on its field
     * (AP9), without storing anything, taking a number or locking the person (filing checks again).
     */
    void check(UserAccount me, Organisation organisation, RosterEntry entry, ResidenceApplication.Form form,
            byte[] photo) {
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        try {
            photos.check(photo);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        RegionalOffice office = organisations.officeForAddress(entry.getPerson().getAddress())
                .orElse(organisation.getOffice());
        try {
            ResidenceApplication.file(organisation, entry, office, form, applications.eligibility(),
                    applications.undecidedOf(entry), me.getAuthId(), "review", JapanTime.today(clock),
                    clock.instant());
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        violations.throwIfAny();
    }

    /**
     * AP9: a filing without a known person is refused on the person together with every other broken field of the
     * form and the photo, so the user sees them all at once.
     */
    void refuseWithoutPerson(RuleViolationException person, ResidenceApplication.Form form, byte[] photo) {
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        violations.add(person.violations());
        try {
            photos.check(photo);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        violations.add(ResidenceApplication.formViolations(form));
        violations.throwIfAny();
        throw person;
    }

    /**
     * The same, with the eligibility table read once for many filings of one transaction (B2), and the
     * applications this transaction filed already and has not written yet ({@code filedHere}: a bulk chunk writes at
     * its commit), so that two rows for one person are seen as such (AP13); the new application is added to it.
     */
    ResidenceApplicationService.Filed file(UserAccount me, Organisation organisation, RosterEntry entry,
            ResidenceApplication.Form form, byte[] photo, List<EligibleStatus> eligibility,
            Collection<ResidenceApplication> filedHere) {
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        FacePhotos.Checked checked = null;
        try {
            checked = photos.check(photo);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        LocalDate today = JapanTime.today(clock);
        Instant now = clock.instant();
        RegionalOffice office = organisations.officeForAddress(entry.getPerson().getAddress())
                .orElse(organisation.getOffice());
        List<ResidenceApplication> earlier = new ArrayList<>(applications.undecidedOfLocked(entry));
        earlier.addAll(filedHere);
        ResidenceApplication application = null;
        try {
            application = ResidenceApplication.file(organisation, entry, office, form, eligibility, earlier,
                    me.getAuthId(), provisionalNumber(today), today, now);
        } catch (RuleViolationException e) {
            violations.add(e.violations());
        }
        violations.throwIfAny();
        applications.add(application);
        filedHere.add(application);
        applications.addPhoto(new ApplicationPhoto(application.getId(), checked.mediaType(), checked.width(),
                checked.height(), checked.bytes()));
        // The caller's account is at hand: naming it spares four role probes of the security context (bench/).
        audit.recordFor(me.getAuthId(), me.getRole(), AuditAction.APPLICATION_FILED,
                ResidenceApplicationService.target(application), application.getProvisionalNumber());
        Map<String, String> params = new HashMap<>();
        params.put("provisionalNumber", application.getProvisionalNumber());
        params.put("applicant", application.getPerson().getNameRoman());
        params.put("acceptanceDate", today.toString());
        params.put("name", me.getDisplayName());
        params.put("statusLink", MailLinks.caseStatus(application.getProvisionalNumber(), me.getLocale()));
        outbox.queue(me.getMailAddress(), me.getLocale(), "application-accepted", params);
        params.put("name", application.getPerson().getNameRoman());
        // Issue 17: the applicant follows the status on the public status page with this number.
        params.put("statusLink", MailLinks.caseStatus(application.getProvisionalNumber(),
                application.getApplicantLocale()));
        outbox.queue(application.getApplicantMail(), application.getApplicantLocale(), "application-accepted",
                params);
        return new ResidenceApplicationService.Filed(application.getId(), application.getProvisionalNumber(), today,
                application.getStatus());
    }

    /** RN1: 申請受付仮番号 — the acceptance date and a number that is never reused. */
    private String provisionalNumber(LocalDate today) {
        return String.format("%1$tY%1$tm%1$td-%2$07d", today, applications.nextProvisional());
    }
}
