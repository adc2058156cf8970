package jp.ras.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the place and hash of the last entry. One row, locked by every transaction that
 * writes an audit entry (until it commits), so entries join the chain one at a time whatever the number of
 * instances, and deleting the last entries shows.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    /** The only row's id. */
    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditChainHead() {
    }

    /** Puts {@code entry} at the end of the chain. */
    public void append(AuditEntry entry) {
        entry.chain(seq + 1, hash);
        seq = seq + 1;
        hash = entry.getEntryHash();
    }

    public long getSeq() {
        return seq;
    }

    public String getHash() {
        return hash;
    }
}
