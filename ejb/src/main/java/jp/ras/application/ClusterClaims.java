package jp.ras.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.domain.model.cluster.ClusterClaim;
import jp.ras.infrastructure.persistence.ClusterClaimRepository;

/**
 * Issue 13: once per cluster. {@link #claim} inserts a {@link ClusterClaim} in a transaction of its own and tells
 * whether this instance won it; every other instance that asks for the same key, at the same time or later, loses
 * on the primary key. The database decides, so it holds for any number of instances on one database, with or
 * without the data grid. Open to the jobs, which run without a caller.
 */
@Stateless
@PermitAll
public class ClusterClaims {

    private static final Logger LOG = Logger.getLogger(ClusterClaims.class.getName());

    /** This instance, as the claims name it: the instance name bin/cluster gives, else the JVM's pid@host. */
    static final String INSTANCE = System.getenv().getOrDefault("RAS_INSTANCE_NAME",
            ManagementFactory.getRuntimeMXBean().getName());

    @Inject
    private ClusterClaimRepository claims;

    @Inject
    private Clock clock;

    /** Whether this instance claimed {@code key} now; false when any instance (this one too) claimed it before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String key) {
        if (claims.find(key).isPresent()) {
            return false;
        }
        try {
            claims.add(new ClusterClaim(key, INSTANCE, clock.instant()));
            return true;
        } catch (PersistenceException e) {
            LOG.log(Level.FINE, "claim {0} taken by another instance at the same time: {1}", new Object[] {key, e});
            return false;
        }
    }

    /** The instance that claimed {@code key}, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String claimant(String key) {
        return claims.find(key).map(ClusterClaim::getInstance).orElse(null);
    }
}
