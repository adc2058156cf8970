package jp.ras.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.TextLimits;

/**
 * One line of the audit trail (証跡, SE1): who, in which role, when, did what to what, from where.
 * Append-only: every column is insert-only and the class has no setters; each entry joins one hash chain
 * ({@link AuditChain}) when it is written, so a change made in the database afterwards is found.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Longest actor: an authentication ID, or a job's name. */
    public static final int ACTOR = 64;
    /** Longest target: what an action was done to. */
    public static final int TARGET = 200;

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = ACTOR, updatable = false)
    private String actor;

    @Column(name = "actor_role", length = 16, updatable = false)
    private String actorRole;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    @Column(length = TARGET, updatable = false)
    private String target;

    @Column(name = "source_ip", length = 64, updatable = false)
    private String sourceIp;

    @Column(length = TextLimits.LONG_TEXT, updatable = false)
    private String detail;

    /**
     * Its place in the audit chain ({@link AuditChain}), from 1. Set once, just before its transaction commits (so
     * possibly after the row was inserted): {@link #chain} refuses a second time.
     */
    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String actorRole, AuditAction action, String target,
            String sourceIp, String detail) {
        this.occurredAt = AuditChain.stored(Objects.requireNonNull(occurredAt, "occurredAt"));
        // Security 3: the trail records what it is given, cut to its columns, and never fails for a long text.
        this.actor = TextLimits.cut(actor, ACTOR);
        this.actorRole = actorRole;
        this.action = Objects.requireNonNull(action, "action").name();
        this.target = TextLimits.cut(target, TARGET);
        this.sourceIp = sourceIp;
        this.detail = TextLimits.cut(detail, TextLimits.LONG_TEXT);
    }

    /** Joins the chain after the entry whose hash is {@code previousHash}; once. */
    void chain(long seq, String previousHash) {
        if (chainSeq != null) {
            throw new IllegalStateException("audit entry already chained at " + chainSeq);
        }
        this.chainSeq = seq;
        this.prevHash = Objects.requireNonNull(previousHash, "previousHash");
        this.entryHash = AuditChain.hash(previousHash, seq, occurredAt, actor, actorRole, action, target, sourceIp,
                detail);
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getDetail() {
        return detail;
    }
}
