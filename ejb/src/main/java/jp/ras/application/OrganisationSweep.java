package jp.ras.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.SweepOutcome;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * PR5, PR7: the expiry sweep. Organisations past their expiry without an approved periodic report are suspended,
 * and organisations suspended for expiry whose approval is valid again are resumed; their users are mailed. The
 * batch job {@code periodic-report-sweep} runs it daily, partitioned by id range, one call of {@link #sweep} per
 * chunk; a supervisor can run it at once from the organisations screen ({@link OrganisationService}).
 *
 * <p>Only the job and {@link OrganisationService} reach it, and the job has no caller ({@code @PermitAll}): it runs
 * the same whether a supervisor or the schedule started it. A session bean of this module, not a plain CDI bean,
 * so that the job's calls from ras-batch.jar run in this module's context, where the persistence unit is (see
 * README, Decisions).
 *
 * <p>Transactions: the job's chunk transaction holds the batch runtime's checkpoint (Payara's job repository, a
 * data source of its own), and a JTA transaction cannot hold that and RAS's non-XA data source at once (measured on
 * Payara Micro 6: "Local transaction already has 1 non-XA Resource"). So the job's reads run outside any
 * transaction and each chunk's sweep commits in a transaction of its own (REQUIRES_NEW), just before the chunk's
 * checkpoint. Should the checkpoint then fail, the restarted chunk finds those organisations swept already
 * (UNCHANGED): nothing is suspended, resumed or mailed twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrganisationSweep {

    /** The audit trail's actor for what the sweep changes (the supervisor who started a run is audited there). */
    public static final String ACTOR = "batch:periodic-report-sweep";

    /** Ids read per query and organisations swept per transaction. */
    public static final int CHUNK = 500;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private OrganisationMail mail;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    /** The lowest and highest organisation id, both 0 when there is none. */
    public record IdRange(long min, long max) implements Serializable {
    }

    /** What one call swept. */
    public record Swept(int suspended, int resumed) implements Serializable {
    }

    /** The ids of every organisation, as the bounds the job splits into partitions. */
    public IdRange idRange() {
        OrganisationRepository.IdRange range = organisations.idRange();
        return new IdRange(range.min(), range.max());
    }

    /**
     * The ids, in order, above {@code after} and up to {@code upTo}, of organisations the sweep would change on
     * {@code today}: active ones past their expiry, and ones suspended for expiry that are valid again. Ids only:
     * the entities are read by {@link #sweep}.
     */
    public List<Long> candidates(LocalDate today, long after, long upTo, int max) {
        return organisations.sweepCandidates(today, after, upTo, max);
    }

    /**
     * PR5, PR7: sweeps these organisations on the Japan date {@code today} in one transaction (one chunk): each is locked, suspended or resumed by its own rules, audited, and its active users mailed. An
     * organisation that changed since it was read is swept by what it is now.
     */
    public Swept sweep(List<Long> ids, LocalDate today, String actor) {
        if (ids.isEmpty()) {
            return new Swept(0, 0);
        }
        List<Organisation> swept = organisations.byIdsForUpdate(ids);
        Map<Long, List<UserAccount>> users = accounts.activeOfOrganisations(ids);
        // The actor is named, not probed per entry (the audit trail's probe of each role was 60 % of the sweep's
        // time in bench/sweep).
        int suspended = 0;
        int resumed = 0;
        for (Organisation organisation : swept) {
            SweepOutcome outcome = organisation.sweep(today);
            List<UserAccount> recipients = users.getOrDefault(organisation.getId(), List.of());
            String validUntil = String.valueOf(organisation.getValidUntil());
            if (outcome == SweepOutcome.SUSPENDED) {
                suspended++;
                audit.recordFor(actor, null, AuditAction.ORGANISATION_SUSPENDED,
                        OrganisationService.target(organisation),
                        "expired " + validUntil + " without an approved periodic report (PR5)");
                mail.toUsers(organisation, recipients, "organisation-expired", Map.of("validUntil", validUntil));
            } else if (outcome == SweepOutcome.RESUMED) {
                resumed++;
                audit.recordFor(actor, null, AuditAction.ORGANISATION_RESUMED,
                        OrganisationService.target(organisation),
                        "valid again until " + validUntil + " (PR5)");
                mail.toUsers(organisation, recipients, "organisation-resumed", Map.of("validUntil", validUntil));
            }
        }
        return new Swept(suspended, resumed);
    }
}
