package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.model.account.ApiToken;
import jp.ras.domain.model.account.UserAccount;

/** Bearer tokens of the REST API in the database, found by the hash of their secret. */
@ApplicationScoped
public class ApiTokenRepository {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public void add(ApiToken token) {
        em.persist(token);
    }

    /** The token whose secret this is, with its account; empty for anything that cannot be a token. */
    public Optional<ApiToken> bySecret(String secret) {
        if (!ApiToken.looksLikeSecret(secret)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultStream().findFirst();
    }

    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    /** An account's tokens of one kind, newest first. */
    public List<ApiToken> ofAccount(UserAccount account, ApiToken.Kind kind) {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", account).setParameter("kind", kind)
                .getResultList();
    }

    /** An account's tokens that are not revoked yet (usable or lapsed). */
    public List<ApiToken> unrevokedOf(UserAccount account) {
        return em.createQuery("select t from ApiToken t where t.account = :account and t.revokedAt is null",
                ApiToken.class).setParameter("account", account).getResultList();
    }
}
