package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.bulk.BulkFilingInterruption;
import jp.ras.domain.model.bulk.BulkFilingRow;
import jp.ras.domain.model.bulk.BulkFilingState;

/** Bulk filings (B1, B2) and the rows their jobs recorded. */
@ApplicationScoped
public class BulkFilingRepository {

    /** A filing's rows counted: filed, recorded at all, and refused for their face photo only (B1). */
    public record Counts(long filed, long recorded, long awaitingPhoto) {

        public static final Counts NONE = new Counts(0, 0, 0);
    }

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public Optional<BulkFiling> find(long id) {
        return Optional.ofNullable(em.find(BulkFiling.class, id));
    }

    /** Registers a filing; its id is assigned at once (the insert is flushed). */
    public void add(BulkFiling bulk) {
        em.persist(bulk);
        em.flush();
    }

    /** The organisation's latest filing of a file with this content (SHA-256, hex), if any (issue 19). */
    public Optional<BulkFiling> latestWithContent(long organisationId, String sha256) {
        return em.createQuery("select b from BulkFiling b where b.organisationId = :org"
                        + " and b.contentSha256 = :sha order by b.uploadedAt desc, b.id desc", BulkFiling.class)
                .setParameter("org", organisationId).setParameter("sha", sha256).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The organisation's filings, newest first. */
    public List<BulkFiling> ofOrganisation(long organisationId, int max) {
        return em.createQuery("select b from BulkFiling b where b.organisationId = :org"
                        + " order by b.uploadedAt desc, b.id desc", BulkFiling.class)
                .setParameter("org", organisationId).setMaxResults(max).getResultList();
    }

    /** The filings of these ids that exist. */
    public List<BulkFiling> byIds(Collection<Long> ids) {
        return em.createQuery("select b from BulkFiling b where b.id in :ids", BulkFiling.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Filings in one of these states uploaded before {@code before}, by id. */
    public List<BulkFiling> inStatesUploadedBefore(Collection<BulkFilingState> states, Instant before) {
        return em.createQuery("select b from BulkFiling b where b.state in :states and b.uploadedAt < :before"
                        + " order by b.id", BulkFiling.class)
                .setParameter("states", states).setParameter("before", before).getResultList();
    }

    /** Notes that a running filing's files could not be read; a bulk update, so partitions note it side by side. */
    public void markFilesUnreadable(long id) {
        em.createQuery("update BulkFiling b set b.interruption = :files where b.id = :id and b.state = :running")
                .setParameter("files", BulkFilingInterruption.FILES).setParameter("id", id)
                .setParameter("running", BulkFilingState.RUNNING).executeUpdate();
    }

    /** The job's sign of life (issue 13), without the version: the partitions of one filing beat side by side. */
    public void heartbeat(long id, Instant now) {
        em.createQuery("update BulkFiling b set b.heartbeatAt = :now where b.id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    /**
     * This transaction's inserts wait for its commit and go to the database in JDBC batches, not row by row before
     * each query: for work whose look-ups never need its own rows written first (bench/bulk).
     */
    public void flushAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    public Optional<BulkFilingRow> row(long id, int rowNumber) {
        return Optional.ofNullable(em.find(BulkFilingRow.class, new BulkFilingRow.Key(id, rowNumber)));
    }

    /** The row, locked for the rest of the transaction. */
    public Optional<BulkFilingRow> rowForUpdate(long id, int rowNumber) {
        return Optional.ofNullable(em.find(BulkFilingRow.class, new BulkFilingRow.Key(id, rowNumber),
                LockModeType.PESSIMISTIC_WRITE));
    }

    public void addRow(BulkFilingRow row) {
        em.persist(row);
    }

    /** How many rows of the filing are recorded, filed or refused. */
    public long recordedRows(long id) {
        return em.createQuery("select count(r) from BulkFilingRow r where r.bulkFilingId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    /** The numbers of the rows from {@code first} to {@code last} that are recorded already. */
    public Set<Integer> recordedRowNumbers(long id, int first, int last) {
        return em.createQuery("select r.rowNumber from BulkFilingRow r"
                        + " where r.bulkFilingId = :id and r.rowNumber between :first and :last", Integer.class)
                .setParameter("id", id).setParameter("first", first).setParameter("last", last)
                .getResultStream().collect(Collectors.toSet());
    }

    /** Refused rows after {@code afterRow}, in row order. */
    public List<BulkFilingRow> refusedRows(long id, int afterRow, int max) {
        return em.createQuery("select r from BulkFilingRow r where r.bulkFilingId = :id and r.applicationId is null"
                        + " and r.rowNumber > :after order by r.rowNumber", BulkFilingRow.class)
                .setParameter("id", id).setParameter("after", afterRow).setMaxResults(max).getResultList();
    }

    /** B1: rows refused for their face photo only and not filed since, after {@code afterRow}, in row order. */
    public List<BulkFilingRow> awaitingPhoto(long id, int afterRow, int max) {
        return em.createQuery("select r from BulkFilingRow r where r.bulkFilingId = :id and r.refusedFor = :photo"
                        + " and r.applicationId is null and r.rowNumber > :after order by r.rowNumber",
                        BulkFilingRow.class)
                .setParameter("id", id).setParameter("photo", BulkFilingRow.RefusedFor.PHOTO)
                .setParameter("after", afterRow).setMaxResults(max).getResultList();
    }

    /** The filing's rows counted. */
    public Counts counts(long id) {
        Object[] counts = em.createQuery("select count(r.applicationId), count(r),"
                + " sum(case when r.refusedFor = :photo and r.applicationId is null then 1 else 0 end)"
                + " from BulkFilingRow r where r.bulkFilingId = :id", Object[].class)
                .setParameter("id", id).setParameter("photo", BulkFilingRow.RefusedFor.PHOTO).getSingleResult();
        return new Counts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                counts[2] == null ? 0 : ((Number) counts[2]).longValue());
    }

    /** The rows of these filings counted (filed and recorded; not the photos awaited), by filing id. */
    public Map<Long, Counts> filedAndRecorded(Collection<Long> ids) {
        Map<Long, Counts> counts = new HashMap<>();
        em.createQuery("select r.bulkFilingId, count(r.applicationId), count(r) from BulkFilingRow r"
                        + " where r.bulkFilingId in :ids group by r.bulkFilingId", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(c -> counts.put(((Number) c[0]).longValue(),
                        new Counts(((Number) c[1]).longValue(), ((Number) c[2]).longValue(), 0)));
        return counts;
    }
}
