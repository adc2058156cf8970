package jp.ras.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.model.account.AccountToken;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.TokenPurpose;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.Organisation;

/** User accounts in the database. */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    /**
     * The account with this authentication ID, deleted or not: IDs are never reused (AC3). Text that cannot be an ID
     * (blank, too long, other characters) names no account.
     */
    public Optional<UserAccount> find(String authId) {
        return AuthenticationId.parse(authId).flatMap(this::find);
    }

    public Optional<UserAccount> find(AuthenticationId authId) {
        return find(authId, LockModeType.NONE);
    }

    private Optional<UserAccount> find(AuthenticationId authId, LockModeType lock) {
        return em.createNamedQuery("UserAccount.byAuthId", UserAccount.class)
                .setParameter("authId", authId)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> findActive(String authId) {
        return find(authId).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
    }

    /**
     * The active account with this ID, its row locked until the transaction ends: a login changes the account (the
     * failure count, the last login), and logins of one account at the same moment (two tabs, two devices, a guesser
     * in parallel) must take turns rather than fail on the version check, which would refuse a right password and
     * leave a wrong one uncounted (AC4).
     */
    public Optional<UserAccount> findActiveForLogin(String authId) {
        return AuthenticationId.parse(authId).flatMap(id -> find(id, LockModeType.PESSIMISTIC_WRITE))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE);
    }

    /** Every active account of {@code role}, such as the supervisors a warning goes to. */
    public List<UserAccount> activeWithRole(jp.ras.domain.model.account.Role role) {
        return em.createQuery("select u from UserAccount u where u.role = :role and u.status = :active"
                + " order by u.id", UserAccount.class)
                .setParameter("role", role).setParameter("active", AccountStatus.ACTIVE).getResultList();
    }

    /** Issue 18: the account's recovery codes are these from now on (the earlier ones are deleted). */
    public void replaceRecoveryCodes(UserAccount account, java.util.List<String> codes) {
        em.createQuery("delete from RecoveryCode c where c.account = :account").setParameter("account", account)
                .executeUpdate();
        codes.forEach(code -> em.persist(new jp.ras.domain.model.account.RecoveryCode(account, code)));
    }

    /** Issue 18: the unused recovery code of this account with this text, if any. */
    public Optional<jp.ras.domain.model.account.RecoveryCode> unusedRecoveryCode(UserAccount account, String code) {
        return em.createNamedQuery("RecoveryCode.byHash", jp.ras.domain.model.account.RecoveryCode.class)
                .setParameter("account", account)
                .setParameter("hash", jp.ras.domain.model.account.SecondFactor.hashRecoveryCode(code))
                .getResultStream().filter(c -> !c.isUsed()).findFirst();
    }

    /** Issue 18: how many of the account's recovery codes are still unused. */
    public long unusedRecoveryCodes(UserAccount account) {
        return em.createQuery("select count(c) from RecoveryCode c where c.account = :account and c.usedAt is null",
                Long.class).setParameter("account", account).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    /** Every user of an organisation, deleted ones included (the organisation page shows them). */
    public List<UserAccount> ofOrganisation(Organisation organisation) {
        return em.createNamedQuery("UserAccount.ofOrganisation", UserAccount.class)
                .setParameter("org", organisation).getResultList();
    }

    public List<UserAccount> activeOfOrganisation(Organisation organisation) {
        return ofOrganisation(organisation).stream().filter(a -> a.getStatus() == AccountStatus.ACTIVE).toList();
    }

    /** The active users of several organisations in one query, by organisation id (batch jobs, PR2, PR7). */
    public Map<Long, List<UserAccount>> activeOfOrganisations(Collection<Long> organisationIds) {
        Map<Long, List<UserAccount>> byOrganisation = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return byOrganisation;
        }
        List<Object[]> rows = em.createQuery("select u.organisation.id, u from UserAccount u"
                        + " where u.organisation.id in :ids and u.status = :active order by u.authId", Object[].class)
                .setParameter("ids", organisationIds).setParameter("active", AccountStatus.ACTIVE).getResultList();
        for (Object[] row : rows) {
            byOrganisation.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((UserAccount) row[1]);
        }
        return byOrganisation;
    }

    /** Accounts by id, in one query. */
    public List<UserAccount> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UserAccount u where u.id in :ids order by u.id", UserAccount.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * AC5: ids above {@code after}, in order, of active accounts with a password set from {@code from} (inclusive) to
     * {@code to} (exclusive).
     */
    public List<Long> activeWithPasswordSetBetween(Instant from, Instant to, long after, int max) {
        return em.createQuery("select u.id from UserAccount u where u.id > :after and u.status = :active"
                        + " and u.passwordHash is not null and u.passwordChangedAt >= :from"
                        + " and u.passwordChangedAt < :to order by u.id", Long.class)
                .setParameter("after", after).setParameter("active", AccountStatus.ACTIVE)
                .setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }

    /**
     * AC2: the counter finds a user by name, organisation and date of birth (any of them may be left out, but
     * not all). The birth date is compared by its keyed hash; names by a case-insensitive part.
     */
    /** How the counter's user search can be sorted. */
    public enum UserSort { AUTH_ID, NAME, ORGANISATION, LAST_LOGIN }

    /** AC2: the organisations' users (never officers) matching the counter's search, at most 100. */
    public List<UserAccount> search(String name, String organisationName, LocalDate dateOfBirth) {
        return searchPage(name, organisationName, dateOfBirth, 0, 100, UserSort.AUTH_ID, true);
    }

    /** One page of the counter's user search (organisations' users and agents only), sorted in the database. */
    public List<UserAccount> searchPage(String name, String organisationName, LocalDate dateOfBirth, int first,
            int max, UserSort sort, boolean ascending) {
        Where where = userWhere(name, organisationName, dateOfBirth);
        String column = switch (sort == null ? UserSort.AUTH_ID : sort) {
            case AUTH_ID -> "u.authId";
            case NAME -> "u.displayName";
            case ORGANISATION -> "o.name";
            case LAST_LOGIN -> "u.lastLoginAt";
        };
        String direction = ascending ? " asc" : " desc";
        return where.bind(em.createQuery("select u from UserAccount u left join u.organisation o"
                        + where.clause() + " order by " + column + direction + ", u.authId" + direction,
                        UserAccount.class))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList();
    }

    public long searchCount(String name, String organisationName, LocalDate dateOfBirth) {
        Where where = userWhere(name, organisationName, dateOfBirth);
        return where.bind(em.createQuery("select count(u) from UserAccount u left join u.organisation o"
                + where.clause(), Long.class)).getSingleResult();
    }

    private static Where userWhere(String name, String organisationName, LocalDate dateOfBirth) {
        return new Where().and("u.role in :roles", "roles", List.of(Role.ORG_USER, Role.AGENT))
                .and("lower(u.displayName) like :name", "name", Where.contains(name))
                .and("lower(o.name) like :org", "org", Where.contains(organisationName))
                .and("u.dateOfBirthHash = :birth", "birth",
                        dateOfBirth == null ? null : UserAccount.birthDateHash(dateOfBirth));
    }

    /** Issues a link token; older unused links of the same purpose stop working. */
    public AccountToken.Issued issueToken(UserAccount account, TokenPurpose purpose, String newMail, Instant now) {
        em.createNamedQuery("AccountToken.openOf", AccountToken.class)
                .setParameter("account", account).setParameter("purpose", purpose)
                .getResultList().forEach(t -> t.supersede(now));
        AccountToken.Issued issued = AccountToken.issue(account, purpose, newMail, now);
        em.persist(issued.token());
        return issued;
    }

    public Optional<AccountToken> token(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret.strip()))
                .getResultStream().findFirst();
    }
}
