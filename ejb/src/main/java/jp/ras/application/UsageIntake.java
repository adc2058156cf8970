package jp.ras.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.usage.UsageApplication;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.persistence.OrganisationRepository;

/**
 * Makes a usage application from its parts with every rule of UA1–UA4 and SE2, the same for an entry at the counter
 * and for one filed online (issue 17), so the officers' queue gets one kind of application. Stores nothing.
 */
@Dependent
class UsageIntake {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private Clock clock;

    /** The application as {@code receivedBy} receives it; every broken rule at once (AP9), nothing stored. */
    UsageApplication build(UsageApplicationService.Entry entry, String receivedBy) {
        Instant now = clock.instant();
        LocalDate today = JapanTime.today(clock);
        List<ForeignNational> persons;
        RuleViolationException personViolations = null;
        try {
            persons = PersonData.toForeignNationals(entry.persons() == null ? List.of() : entry.persons(),
                    "persons");
        } catch (RuleViolationException e) {
            personViolations = e;
            persons = List.of();
        }
        var office = entry.officeCode() == null ? null : organisations.office(entry.officeCode()).orElse(null);
        var applicant = new UsageApplication.Applicant(entry.applicantKind(), entry.applicantName(),
                entry.applicantMail(), entry.applicantPhone(),
                entry.applicantLocale() == null ? Locale.JAPANESE : entry.applicantLocale(), entry.applicantBirth(),
                entry.agentConsent(), entry.identityDocument());
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        if (personViolations != null) {
            violations.add(personViolations.violations());
        }
        boolean rowsWrong = personViolations != null;
        UsageApplication application = null;
        try {
            if (entry.kind() == UsageApplicationKind.ADDITIONAL) {
                Organisation organisation = entry.organisationId() == null ? null
                        : organisations.find(entry.organisationId()).orElse(null);
                if (organisation == null) {
                    throw RuleViolationException.of("organisation", "organisationUnknown", "UA1");
                }
                application = UsageApplication.forExistingOrganisation(office, organisation, applicant, persons,
                        receivedBy, today, now);
            } else {
                application = UsageApplication.forNewOrganisation(office, entry.orgName(), entry.corporateNumber(),
                        entry.prefecture(), entry.address(), applicant, persons, receivedBy, today, now);
            }
        } catch (RuleViolationException e) {
            violations.add(e.violations().stream()
                    // an empty roster is no news when the rows themselves were wrong
                    .filter(v -> !rowsWrong || !"rosterEmpty".equals(v.key())).toList());
        }
        violations.throwIfAny();
        return application;
    }
}
