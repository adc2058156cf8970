package jp.ras.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.bulk.BulkFilingInterruption;
import jp.ras.domain.model.bulk.BulkFilingRow;
import jp.ras.domain.model.bulk.BulkFilingState;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import jp.ras.infrastructure.persistence.BulkFilingRepository;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * B2: what the bulk-filing job does with the rows of a file, for the user who uploaded it. No screen or API
 * reaches it, only the job, which runs without a caller ({@code @PermitAll}); the uploader's account and
 * organisation are checked again for every chunk instead, by the same rules as any filing ({@link Filing}, through
 * {@link BulkRowFiling}).
 * Each method is one transaction of its own. A session bean of this module, not a plain CDI bean, so that the
 * job's calls from ras-batch.jar run in this module's context, where the persistence unit is (see README,
 * Decisions).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BulkFilingRun {

    @Inject
    private BulkFilingRepository bulkFilings;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private BulkRowFiling rows;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Clock clock;

    /** One row of a file as the job hands it over: parsed, or with the format errors that stopped parsing. */
    public record Item(int rowNumber, String cardNumber, String nameRoman, String statusOfResidence,
            LocalDate stayExpiry, ResidenceApplication.Form form, byte[] photo, List<Violation> formatErrors,
            String cellsJson) implements Serializable {
    }

    /** A filing whose job should be running: queued or running when the server went down (B2). */
    public record Unfinished(long id, String kind, Instant lastSign) implements Serializable {
    }

    /**
     * Filings uploaded before {@code before}, still queued or running, whose job has shown no sign of life (its
     * start, a chunk) since {@code silentSince}: theirs died with its server, whichever instance of a cluster that was
     * (issue 13); a job that still beats runs on a live instance and is left alone.
     */
    public List<Unfinished> unfinished(Instant before, Instant silentSince) {
        return bulkFilings.inStatesUploadedBefore(List.of(BulkFilingState.QUEUED, BulkFilingState.RUNNING), before)
                .stream()
                .filter(b -> (b.getHeartbeatAt() == null ? b.getUploadedAt() : b.getHeartbeatAt())
                        .isBefore(silentSince))
                .map(b -> new Unfinished(b.getId(), b.getKind(),
                        b.getHeartbeatAt() == null ? b.getUploadedAt() : b.getHeartbeatAt())).toList();
    }

    /** How many data rows the file holds (counted when it was uploaded). */
    public int rowCount(long id) {
        return bulk(id).getRowCount();
    }

    /** Whether a photo ZIP was uploaded with the file (so its absence is a lost file, not a file without photos). */
    public boolean withPhotos(long id) {
        return bulk(id).isWithPhotos();
    }

    /** The job began (or began again) as execution {@code executionId}. */
    public void jobStarted(long id, long executionId) {
        bulk(id).started(executionId, clock.instant());
    }

    /**
     * How a job ended, for the job: the filing's state, and whether RAS restarts it by itself now (its
     * {@code automaticRestarts}-th time).
     */
    public record Ended(BulkFilingState state, boolean restartAutomatically, int automaticRestarts, String kind)
            implements Serializable {
    }

    /**
     * The job ended: the filing is completed when every row of the file is recorded; else it was {@code stopped} on
     * purpose, its files were unreadable ({@link #filesUnreadable}), or it failed, and it is queued for RAS's own
     * restart or interrupted with that reason (issue 19, {@link BulkFiling#ended}).
     */
    public Ended jobEnded(long id, boolean stopped) {
        BulkFiling bulk = bulk(id);
        long recorded = bulkFilings.recordedRows(id);
        boolean again = bulk.ended(recorded >= bulk.getRowCount(), stopped,
                bulk.getInterruption() == BulkFilingInterruption.FILES, clock.instant());
        return new Ended(bulk.getState(), again, bulk.getAutomaticRestarts(), bulk.getKind());
    }

    /**
     * A partition of the running job could not open the files as they were checked at the upload (missing, changed):
     * noted, so that the job's end tells its users and RAS does not retry it. A bulk update: the partitions note it
     * side by side.
     */
    public void filesUnreadable(long id) {
        bulkFilings.markFilesUnreadable(id);
    }

    /**
     * Files the good rows of a chunk and records the bad ones, all in one transaction; rows a previous run already
     * recorded are skipped (exactly once across restarts). A rule broken by a row refuses that row only; any other
     * failure rolls the whole chunk back, and the job then gives its rows to {@link #fileOne}. Returns how many
     * rows it filed.
     */
    public int fileChunk(long id, List<Item> items) {
        // The chunk's look-ups never need its own rows written first, so its inserts wait for the commit and go to
        // the database in JDBC batches, not row by row before each query (bench/bulk).
        bulkFilings.flushAtCommit();
        BulkFiling bulk = bulk(id);
        Set<Integer> done = new HashSet<>(bulkFilings.recordedRowNumbers(id,
                items.stream().mapToInt(Item::rowNumber).min().orElse(0),
                items.stream().mapToInt(Item::rowNumber).max().orElse(0)));
        Optional<UserAccount> uploader = accounts.findActive(bulk.getUploadedBy());
        Organisation organisation = organisations.find(bulk.getOrganisationId()).orElse(null);
        BulkRowFiling.Lookups lookups = rows.lookups(organisation,
                items.stream().filter(i -> !done.contains(i.rowNumber())).toList());
        int filed = 0;
        for (Item item : items) {
            if (done.add(item.rowNumber())) {
                filed += fileRow(bulk, uploader, organisation, lookups, item) ? 1 : 0;
            }
        }
        // The job's sign of life (issue 13), without the version: the partitions of one filing beat side by side.
        bulkFilings.heartbeat(id, clock.instant());
        return filed;
    }

    /** One row in its own transaction, after its chunk failed. */
    public int fileOne(long id, Item item) {
        return fileChunk(id, List.of(item));
    }

    /** A row that could not be filed even alone, for a reason that is no broken rule (the job logs it). */
    public void refuseAfterFailure(long id, Item item) {
        if (bulkFilings.row(id, item.rowNumber()).isEmpty()) {
            bulkFilings.addRow(BulkFilingRow.refused(id, item.rowNumber(),
                    List.of(Violation.of("row", "rowFailed", "B2")), item.cellsJson()));
        }
    }

    /** The filing, which the job's own filing always is (a NullPointerException as before when it is gone). */
    private BulkFiling bulk(long id) {
        return bulkFilings.find(id).orElse(null);
    }

    private boolean fileRow(BulkFiling bulk, Optional<UserAccount> uploader, Organisation organisation,
            BulkRowFiling.Lookups lookups, Item item) {
        List<Violation> violations = new ArrayList<>(item.formatErrors());
        if (uploader.isEmpty()) {
            violations.add(Violation.of("file", "uploaderInactive", "B2"));
        }
        if (violations.isEmpty()) {
            try {
                long applicationId = rows.file(uploader.get(), organisation, item, lookups).id();
                bulkFilings.addRow(BulkFilingRow.filed(bulk.getId(), item.rowNumber(), applicationId));
                return true;
            } catch (RuleViolationException e) {
                violations.addAll(e.violations());
            }
        }
        bulkFilings.addRow(BulkFilingRow.refused(bulk.getId(), item.rowNumber(), violations, item.cellsJson()));
        return false;
    }
}
