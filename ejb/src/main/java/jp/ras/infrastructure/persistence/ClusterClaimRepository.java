package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.ras.domain.model.cluster.ClusterClaim;

/** The claims that make something happen once per cluster (issue 13). */
@ApplicationScoped
public class ClusterClaimRepository {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public Optional<ClusterClaim> find(String key) {
        return Optional.ofNullable(em.find(ClusterClaim.class, key));
    }

    /**
     * Inserts the claim at once (flushed), so that a claim of the same key by another instance fails here, with a
     * {@link jakarta.persistence.PersistenceException}, on the primary key.
     */
    public void add(ClusterClaim claim) {
        em.persist(claim);
        em.flush();
    }
}
