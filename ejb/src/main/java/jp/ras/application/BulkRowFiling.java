package jp.ras.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.application.EligibleStatus;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;

/**
 * B2: files one parsed row of a bulk filing through {@link Filing}, for the job ({@link BulkFilingRun}) and for a
 * photo attached afterwards (B1, {@link BulkFilingService#fileWithPhoto}). A row names its person by residence card
 * number and repeats name, status and expiry, which must match the list (AP2). Inside the caller's transaction; a
 * broken rule leaves it usable, as {@link Filing} does.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RuleViolationException.class)
class BulkRowFiling {

    @Inject
    private Filing filing;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ResidenceApplicationRepository applications;

    /**
     * Files the row for {@code filer}, of {@code organisation}.
     *
     * @throws RuleViolationException with the row's format errors, or the person not on the list (AP2), or every
     *         filing rule it breaks; nothing is stored then
     */
    ResidenceApplicationService.Filed file(UserAccount filer, Organisation organisation, BulkFilingRun.Item item) {
        return file(filer, organisation, item, lookups(organisation, List.of(item)));
    }

    /**
     * What the rows of a chunk need from the database, read once for all of them (bench/bulk), and the applications
     * the chunk filed so far, which it writes only at its commit (AP13: a second row for one person is refused).
     */
    record Lookups(Map<String, RosterEntry> roster, List<EligibleStatus> eligibility,
            List<ResidenceApplication> filed) {
    }

    Lookups lookups(Organisation organisation, List<BulkFilingRun.Item> items) {
        return new Lookups(organisations.currentRosterEntriesByCard(organisation, items.stream()
                .filter(i -> i.formatErrors().isEmpty()).map(BulkFilingRun.Item::cardNumber).toList()),
                applications.eligibility(), new ArrayList<>());
    }

    /** The same, with the {@link #lookups} of the row's chunk. */
    ResidenceApplicationService.Filed file(UserAccount filer, Organisation organisation, BulkFilingRun.Item item,
            Lookups lookups) {
        if (!item.formatErrors().isEmpty()) {
            throw new RuleViolationException(item.formatErrors());
        }
        RosterEntry entry = lookups.roster().get(ResidenceCardNumber.normalise(item.cardNumber()));
        if (entry == null) {
            throw RuleViolationException.of("cardNumber", "personUnknown", "AP2");
        }
        List<Violation> mismatches = entry.getPerson().mismatches(item.nameRoman(), item.statusOfResidence(),
                item.stayExpiry());
        if (!mismatches.isEmpty()) {
            throw new RuleViolationException(mismatches);
        }
        return filing.file(filer, organisation, entry, withFilerLanguage(item.form(), filer), item.photo(),
                lookups.eligibility(), lookups.filed());
    }

    /** An empty language cell means the filer's language, as the filing screen's default is. */
    private static ResidenceApplication.Form withFilerLanguage(ResidenceApplication.Form f, UserAccount filer) {
        return f.applicantLocale() != null ? f : new ResidenceApplication.Form(f.reEntry(), f.activityPermission(),
                f.desiredPeriod(), f.reason(), f.presenceConfirmed(), f.receiptMethod(), f.kanjiRequested(),
                f.kanjiName(), f.applicantMail(), filer.getLocale());
    }
}
