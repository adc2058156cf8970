package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import jp.ras.domain.model.application.Draft;

/** Drafts of the filing forms (B3), one per owner and form. */
@ApplicationScoped
public class DraftRepository {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public Optional<Draft> find(String owner, String form) {
        return em.createQuery("select d from Draft d where d.owner = :owner and d.form = :form", Draft.class)
                .setParameter("owner", owner).setParameter("form", form).getResultStream().findFirst();
    }

    public void add(Draft draft) {
        em.persist(draft);
    }

    public void remove(Draft draft) {
        em.remove(draft);
    }

    /** Deletes the drafts last saved at or before {@code limit}. */
    public void deleteSavedUpTo(Instant limit) {
        em.createQuery("delete from Draft d where d.updatedAt <= :limit").setParameter("limit", limit)
                .executeUpdate();
    }
}
