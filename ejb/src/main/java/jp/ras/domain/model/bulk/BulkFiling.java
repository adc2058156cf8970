package jp.ras.domain.model.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import jp.ras.domain.shared.Ids;

/**
 * B1, B2: one uploaded workbook (or CSV) of applications of one kind, filed row by row by a batch job for the user
 * who uploaded it. Its rows ({@link BulkFilingRow}) record, each in the transaction that filed or refused it, what
 * became of every row, so a restarted job files each good row exactly once.
 */
@Entity
@Table(name = "bulk_filing")
public class BulkFiling {

    public static final int MAX_FILE_NAME = 200;

    /** B2 (issue 19): how often a job ended by a {@link BulkFilingInterruption#FAILURE} is restarted by RAS itself. */
    public static final int MAX_AUTOMATIC_RESTARTS = 3;

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "uploaded_by", nullable = false, length = 32, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME, updatable = false)
    private String fileName;

    @Column(nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "with_photos", nullable = false, updatable = false)
    private boolean withPhotos;

    @Column(nullable = false, length = 8, updatable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BulkFilingState state;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** When its job last showed it was alive (set at its start; after each chunk by a bulk update). */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    /** SHA-256 (hex) of the uploaded file, to notice the same file sent again (issue 19); null before V22. */
    @Column(name = "content_sha256", length = 64, updatable = false)
    private String contentSha256;

    /** How many times its job was started again after an interruption: a completed filing keeps the trace. */
    @Column(nullable = false)
    private int resumptions;

    /** Why its job last ended before every row was recorded; null while none did, or once it completed. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private BulkFilingInterruption interruption;

    /** Restarts RAS made by itself since the upload or since a person's last restart. */
    @Column(name = "automatic_restarts", nullable = false)
    private int automaticRestarts;

    @Version
    private long version;

    protected BulkFiling() {
    }

    public BulkFiling(long organisationId, String uploadedBy, Locale locale, String fileName, String kind,
            int rowCount, boolean withPhotos, String contentSha256, Instant now) {
        if (contentSha256 != null && !contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + contentSha256);
        }
        this.contentSha256 = contentSha256;
        this.organisationId = organisationId;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.locale = Objects.requireNonNull(locale, "locale").getLanguage();
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        this.fileName = name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
        this.kind = Objects.requireNonNull(kind, "kind");
        if (rowCount < 1) {
            throw new IllegalArgumentException("a bulk filing has at least one row");
        }
        this.rowCount = rowCount;
        this.withPhotos = withPhotos;
        this.uploadedAt = Objects.requireNonNull(now, "now");
        this.state = BulkFilingState.QUEUED;
    }

    /**
     * Its job began (or began again after an interruption) as execution {@code executionId}. A start after an
     * earlier execution is a resumption of an interrupted filing (by a user's 再開, a supervisor, RAS itself, or the
     * recovery of a dead instance's filing), counted. A person restarts only an interrupted filing, so then RAS may
     * again restart it by itself {@link #MAX_AUTOMATIC_RESTARTS} times.
     */
    public void started(long executionId, Instant now) {
        if (state == BulkFilingState.COMPLETED) {
            throw new IllegalStateException("bulk filing " + id + " is already completed");
        }
        if (jobExecutionId != null && jobExecutionId != executionId && state != BulkFilingState.QUEUED) {
            resumptions++;
        }
        if (state == BulkFilingState.INTERRUPTED) {
            this.automaticRestarts = 0;
        }
        this.interruption = null;
        this.jobExecutionId = executionId;
        this.state = BulkFilingState.RUNNING;
        this.heartbeatAt = now;
    }

    /**
     * A user (or supervisor) asked to resume the interrupted filing: it waits for its job again (QUEUED), so the
     * screen shows it going on at once rather than 中断 until the job begins; the heartbeat is set so that the
     * recovery of dead instances' filings leaves it to the job being started. Counted as a resumption.
     */
    public void resuming(Instant now) {
        if (state != BulkFilingState.INTERRUPTED) {
            throw new IllegalStateException("bulk filing " + id + " is " + state + ", not interrupted");
        }
        state = BulkFilingState.QUEUED;
        heartbeatAt = now;
        resumptions++;
        // a person's restart: RAS may again restart it by itself, and the reason it stopped is behind it
        interruption = null;
        automaticRestarts = 0;
    }

    /** The resumption could not be started after all: interrupted again, as before. */
    public void resumeFailed() {
        if (state == BulkFilingState.QUEUED) {
            state = BulkFilingState.INTERRUPTED;
            resumptions--;
        }
    }

    public int getResumptions() {
        return resumptions;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    /**
     * Its job ended: completed when every row is accounted for. Otherwise it was {@code stopped} on purpose, or
     * found its files unreadable ({@code filesUnreadable}), or failed. A failure makes it queued again for RAS to
     * restart it (B2, issue 19), at most {@link #MAX_AUTOMATIC_RESTARTS} times in a row; else it is interrupted
     * with its reason, for a person to restart.
     *
     * @return whether RAS restarts it now by itself
     */
    public boolean ended(boolean completed, boolean stopped, boolean filesUnreadable, Instant now) {
        if (state == BulkFilingState.COMPLETED) {
            return false;
        }
        if (completed) {
            this.state = BulkFilingState.COMPLETED;
            this.finishedAt = now;
            this.interruption = null;
            return false;
        }
        this.finishedAt = null;
        this.interruption = stopped ? BulkFilingInterruption.STOPPED
                : filesUnreadable ? BulkFilingInterruption.FILES : BulkFilingInterruption.FAILURE;
        if (interruption == BulkFilingInterruption.FAILURE && automaticRestarts < MAX_AUTOMATIC_RESTARTS) {
            this.automaticRestarts++;
            this.resumptions++; // the finished filing keeps the trace that it was interrupted
            this.state = BulkFilingState.QUEUED;
            this.heartbeatAt = now; // its restart comes within seconds; the recovery waits for two minutes' silence
            return true;
        }
        this.state = BulkFilingState.INTERRUPTED;
        return false;
    }

    /** Why its job last ended early (null: it did not, or it completed since). */
    public BulkFilingInterruption getInterruption() {
        return interruption;
    }

    public int getAutomaticRestarts() {
        return automaticRestarts;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getKind() {
        return kind;
    }

    public int getRowCount() {
        return rowCount;
    }

    public boolean isWithPhotos() {
        return withPhotos;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public BulkFilingState getState() {
        return state;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
