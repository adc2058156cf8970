package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.model.account.UserAccount;

/** User accounts in the database. */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    /** The account with this authentication ID, deleted or not: IDs are never reused (AC3). */
    public Optional<UserAccount> find(String authId) {
        if (authId == null || authId.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.byAuthId", UserAccount.class)
                .setParameter("authId", authId.strip())
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> findActive(String authId) {
        return find(authId).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
