package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.bulk.BulkFilingInterruption;
import jp.ras.domain.model.bulk.BulkFilingRow;
import jp.ras.domain.model.bulk.BulkFilingState;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.persistence.BulkFilingRepository;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * B1, B2: bulk filings. A user registers an uploaded file (checked by the batch module before), the bulk-filing
 * job files its rows through {@link Filing} — the very rules, audit and mails of a filing on the screen — and the
 * user follows the counts and fetches the refused rows. A row refused for its face photo only waits for a photo
 * attached afterwards (B1), which files it then through the same rules.
 *
 * <p>The job itself works through {@link BulkFilingRun}, which no user can call.
 */
@Stateless
public class BulkFilingService {

    @Inject
    private BulkFilingRepository bulkFilings;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private BulkRowFiling rows;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** A bulk filing with its counts, as its organisation's users see it. */
    public record Summary(long id, String fileName, String kind, Instant uploadedAt, String uploadedBy,
            BulkFilingState state, int rows, long filed, long refused, long awaitingPhoto, Instant finishedAt,
            Locale locale, int resumptions, BulkFilingInterruption interruption, int automaticRestarts)
            implements Serializable {

        /** Issue 19: it was interrupted and resumed (once or more); a completed filing keeps saying so. */
        public boolean resumed() {
            return resumptions > 0;
        }

        /** Issue 19: its job failed and RAS restarts it by itself within seconds. */
        public boolean resuming() {
            return state == BulkFilingState.QUEUED && interruption != null;
        }

        /** B1: completed with rows refused for their face photo only, which a photo attached now files. */
        public boolean photosWanted() {
            return state == BulkFilingState.COMPLETED && awaitingPhoto > 0;
        }

        public long done() {
            return filed + refused;
        }
    }

    /**
     * Issue 19: a bulk filing as the supervisors' jobs screen shows it beside its job's executions: whose, which file,
     * and its progress from RAS's own tables, as its organisation's page shows it.
     */
    public record Progress(long id, String organisation, String fileName, BulkFilingState state, int rows,
            long filed, long refused, Long jobExecutionId) implements Serializable {

        public long done() {
            return filed + refused;
        }
    }

    /** A refused row: its number, its cells as uploaded (JSON) and the rules it broke. */
    public record Refused(int rowNumber, String cellsJson, List<Violation> violations) implements Serializable {
    }

    /** B1: a row refused for its face photo only: its number and its cells as uploaded (JSON). */
    public record AwaitingPhoto(int rowNumber, String cellsJson) implements Serializable {
    }

    /**
     * What became of a registration: registered ({@code id}), or not, because the organisation sent a file of the
     * same content before ({@code sentBefore}: when, and its name), which the user must confirm first.
     */
    public record Registration(Long id, Instant sentBefore, String sentBeforeName) implements Serializable {

        public boolean registered() {
            return id != null;
        }
    }

    /**
     * B1: registers a checked upload of the caller's organisation; the batch module starts its job next. Issue 19:
     * unless {@code sendAgain}, a file whose SHA-256 ({@code sha256}, hex; null when not known) matches one the
     * organisation sent before is not registered: the answer names the earlier upload, and the user decides. The
     * organisation's row is locked for the look-up and the insert, so two uploads of one file at once (a double
     * click) register one and ask about the other.
     */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Registration register(String fileName, String kind, int rowCount, boolean withPhotos, String sha256,
            boolean sendAgain) {
        UserAccount me = me();
        Organisation organisation = me.getOrganisation();
        if (!organisation.canFile()) {
            throw RuleViolationException.of("file", "organisationSuspended", "PR5");
        }
        if (sha256 != null && !sendAgain) {
            organisations.lock(organisation);
            Optional<BulkFiling> earlier = bulkFilings.latestWithContent(organisation.getId(), sha256);
            if (earlier.isPresent()) {
                return new Registration(null, earlier.get().getUploadedAt(), earlier.get().getFileName());
            }
        }
        BulkFiling bulk = new BulkFiling(organisation.getId(), me.getAuthId(), me.getLocale(), fileName, kind,
                rowCount, withPhotos, sha256, clock.instant());
        bulkFilings.add(bulk);
        audit.recordFor(me.getAuthId(), me.getRole(), AuditAction.BULK_FILING_UPLOADED, target(bulk.getId()),
                bulk.getFileName() + " (" + rowCount + " rows)" + (sendAgain ? ", sent again on purpose" : ""));
        return new Registration(bulk.getId(), null, null);
    }

    /**
     * Issue 19: the caller restarts one of their organisation's interrupted filings: it waits for its job again
     * and counts the resumption. Returns its job execution to restart.
     */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long resuming(long id) {
        BulkFiling bulk = mineOrNotFound(id);
        if (bulk.getState() != BulkFilingState.INTERRUPTED || bulk.getJobExecutionId() == null) {
            throw RuleViolationException.of("file", "jobNotRestartable", null);
        }
        bulk.resuming(clock.instant());
        return bulk.getJobExecutionId();
    }

    /** The restart asked for by {@link #resuming} could not be started: the filing is interrupted again. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void resumeFailed(long id) {
        mineOrNotFound(id).resumeFailed();
    }

    /** The caller's organisation's bulk filings, newest first, with their counts. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public List<Summary> mine(int max) {
        List<BulkFiling> list = bulkFilings.ofOrganisation(me().getOrganisation().getId(), max);
        List<Summary> summaries = new ArrayList<>();
        for (BulkFiling b : list) {
            summaries.add(summary(b));
        }
        return summaries;
    }

    /** Issue 19: the bulk filings of these ids (those that exist), with organisation, file and progress. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Map<Long, Progress> progress(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, BulkFilingRepository.Counts> counts = bulkFilings.filedAndRecorded(ids);
        Map<Long, String> names = new HashMap<>();
        Map<Long, Progress> progress = new HashMap<>();
        for (BulkFiling b : bulkFilings.byIds(ids)) {
            String organisation = names.computeIfAbsent(b.getOrganisationId(),
                    o -> organisations.find(o).map(Organisation::getName).orElse(""));
            BulkFilingRepository.Counts c = counts.getOrDefault(b.getId(), BulkFilingRepository.Counts.NONE);
            progress.put(b.getId(), new Progress(b.getId(), organisation, b.getFileName(), b.getState(),
                    b.getRowCount(), c.filed(), c.recorded() - c.filed(), b.getJobExecutionId()));
        }
        return progress;
    }

    /** The job execution of one of the caller's organisation's bulk filings (to restart it). */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Optional<Long> interruptedExecution(long id) {
        BulkFiling bulk = mineOrNotFound(id);
        return bulk.getState() == BulkFilingState.INTERRUPTED ? Optional.ofNullable(bulk.getJobExecutionId())
                : Optional.empty();
    }

    /** One of the caller's organisation's bulk filings. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public Summary mine(long id) {
        return summary(mineOrNotFound(id));
    }

    /** B2: refused rows of one of the caller's organisation's bulk filings, in row order, after {@code afterRow}. */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public List<Refused> refusedRows(long id, int afterRow, int max) {
        mineOrNotFound(id);
        return bulkFilings.refusedRows(id, afterRow, max).stream()
                .map(r -> new Refused(r.getRowNumber(), r.getCells(), r.violationList())).toList();
    }

    /**
     * B1: the rows of one of the caller's organisation's completed bulk filings that await their face photo, in row
     * order, after {@code afterRow}.
     */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public List<AwaitingPhoto> awaitingPhoto(long id, int afterRow, int max) {
        if (mineOrNotFound(id).getState() != BulkFilingState.COMPLETED) {
            return List.of();
        }
        return bulkFilings.awaitingPhoto(id, afterRow, max).stream()
                .map(r -> new AwaitingPhoto(r.getRowNumber(), r.getCells())).toList();
    }

    /**
     * B1: one row of one of the caller's organisation's bulk filings, when it awaits its face photo.
     *
     * @throws RuleViolationException on field {@code row} when the filing is not completed or the row is filed
     *         already or refused for more than its photo
     */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    public AwaitingPhoto awaitingPhoto(long id, int rowNumber) {
        BulkFiling bulk = mineOrNotFound(id);
        BulkFilingRow row = awaitingOrRefuse(bulk, bulkFilings.row(id, rowNumber).orElse(null));
        return new AwaitingPhoto(row.getRowNumber(), row.getCells());
    }

    /**
     * B1, B2, AP8: files a row awaiting its face photo with the photo attached now ({@code item}: the row's stored
     * cells parsed again by the job's parser, with the photo), as the caller, through the same rules, audit and mails
     * as any filing, and records the row as filed — all in one transaction. The row is read with a lock, so two
     * attempts at once file it once: the second finds it filed.
     *
     * @throws RuleViolationException with every rule the row breaks now (the photo's on field {@code photo}), or on
     *         field {@code row} when it awaits no photo (any more); nothing is stored then
     */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ResidenceApplicationService.Filed fileWithPhoto(long id, BulkFilingRun.Item item) {
        UserAccount me = me();
        BulkFiling bulk = mineOrNotFound(id);
        BulkFilingRow row = awaitingOrRefuse(bulk, bulkFilings.rowForUpdate(id, item.rowNumber()).orElse(null));
        if (!row.getCells().equals(item.cellsJson())) {
            throw new IllegalArgumentException("the item is not row " + item.rowNumber() + " of bulk filing " + id);
        }
        Organisation organisation = organisations.find(me.getOrganisation().getId()).orElseThrow();
        ResidenceApplicationService.Filed filed = rows.file(me, organisation, item);
        row.filedAfterwards(filed.id());
        return filed;
    }

    private static BulkFilingRow awaitingOrRefuse(BulkFiling bulk, BulkFilingRow row) {
        if (bulk.getState() != BulkFilingState.COMPLETED) {
            throw RuleViolationException.of("row", "bulkNotCompleted", "B1");
        }
        if (row != null && row.isFiled()) {
            throw RuleViolationException.of("row", "rowFiledAlready", "B1");
        }
        if (row == null || !row.isAwaitingPhoto()) {
            throw RuleViolationException.of("row", "rowNotAwaitingPhoto", "B1");
        }
        return row;
    }

    private Summary summary(BulkFiling b) {
        BulkFilingRepository.Counts counts = bulkFilings.counts(b.getId());
        return new Summary(b.getId(), b.getFileName(), b.getKind(), b.getUploadedAt(), b.getUploadedBy(),
                b.getState(), b.getRowCount(), counts.filed(), counts.recorded() - counts.filed(),
                counts.awaitingPhoto(), b.getFinishedAt(), b.getLocale(),
                b.getResumptions(), b.getInterruption(), b.getAutomaticRestarts());
    }

    private BulkFiling mineOrNotFound(long id) {
        BulkFiling bulk = bulkFilings.find(id).orElse(null);
        if (bulk == null || bulk.getOrganisationId() != me().getOrganisation().getId()) {
            throw new NotFoundException("bulk filing " + id);
        }
        return bulk;
    }

    private UserAccount me() {
        String authId = session.getCallerPrincipal().getName();
        return accounts.findActive(authId).orElseThrow(() -> new UnknownAccountException(authId));
    }

    static String target(long id) {
        return "bulk-filing:" + id;
    }
}
