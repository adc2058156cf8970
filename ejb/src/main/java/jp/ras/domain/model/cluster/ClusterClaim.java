package jp.ras.domain.model.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One piece of work that exactly one instance of a cluster does, such as a scheduled start of a daily job: the first
 * instance to insert the claim's key does it; the primary key refuses every other. Never changed, never deleted.
 */
@Entity
@Table(name = "cluster_claim")
public class ClusterClaim {

    /** The longest key. */
    public static final int MAX_KEY = 200;

    /** The longest instance name kept (a longer one is cut). */
    public static final int MAX_INSTANCE = 100;

    @Id
    @Column(name = "claim_key", length = MAX_KEY, updatable = false)
    private String key;

    @Column(name = "instance", nullable = false, length = MAX_INSTANCE, updatable = false)
    private String instance;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    private Instant claimedAt;

    protected ClusterClaim() {
    }

    public ClusterClaim(String key, String instance, Instant claimedAt) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a claim key of 1 to " + MAX_KEY + " characters");
        }
        this.key = key;
        Objects.requireNonNull(instance, "instance");
        this.instance = instance.length() > MAX_INSTANCE ? instance.substring(0, MAX_INSTANCE) : instance;
        this.claimedAt = Objects.requireNonNull(claimedAt, "claimedAt");
    }

    public String getKey() {
        return key;
    }

    public String getInstance() {
        return instance;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }
}
