package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.infrastructure.persistence.UserAccountRepository;
import jp.ras.infrastructure.security.PasswordHasher;

/** Test-only seeding and look-ups; each test makes its own accounts with IDs of its own. */
@Stateless
@PermitAll
public class TestAccounts {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private UserAccountRepository accountRepository;

    @Inject
    private Clock clock;

    @Inject
    private jp.ras.infrastructure.mail.MailOutbox outbox;

    /** Queues one real outbox mail to each recipient, in one transaction. */
    public void queueMails(List<String> recipients) {
        for (String recipient : recipients) {
            outbox.queue(recipient, Locale.JAPANESE, "account-unlocked",
                    java.util.Map.of("name", "Test", "authId", recipient));
        }
    }

    public UserAccount create(String authId, Role role, String password, String mail) {
        var existing = accountRepository.find(authId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Organisation organisation = null;
        if (!role.isIntranet()) {
            organisation = new Organisation("テスト株式会社 " + authId, null, "東京都", "東京都港区港南5-5-30",
                    em.find(RegionalOffice.class, "tokyo"), null);
            em.persist(organisation);
        }
        UserAccount account = new UserAccount(authId, role, "Test " + authId, mail, Locale.ENGLISH, organisation,
                clock.instant());
        account.setPasswordHash(passwords.hash(password), clock.instant());
        accountRepository.add(account);
        return account;
    }

    public List<String> auditActions(String target) {
        return em.createQuery("select a.action from AuditEntry a where a.target = :t order by a.id", String.class)
                .setParameter("t", target).getResultList();
    }

    public List<String> auditSourceIps(String target) {
        return em.createQuery("select a.sourceIp from AuditEntry a where a.target = :t order by a.id", String.class)
                .setParameter("t", target).getResultList();
    }

    public List<OutboxMail> mailsTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id", OutboxMail.class)
                .setParameter("r", recipient).getResultList();
    }

    public boolean isLocked(String authId) {
        return accountRepository.find(authId).orElseThrow().isLocked(clock.instant());
    }
}
