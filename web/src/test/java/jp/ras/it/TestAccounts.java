package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.account.MailAddress;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.config.BusinessSettings;
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

    @Inject
    private BusinessSettings settings;

    /** Queues one real outbox mail to each recipient, in one transaction. */
    public void queueMails(List<String> recipients) {
        for (String recipient : recipients) {
            outbox.queue(recipient, Locale.JAPANESE, "account-unlocked",
                    java.util.Map.of("name", "Test", "authId", recipient));
        }
    }

    /**
     * An account with this password; an organisation user or agent has agreed to the current terms of use (SE2),
     * so that tests not about the terms land on their home page. An existing account is returned as it is, only
     * brought up to the current terms.
     */
    public boolean exists(String authId) {
        return accountRepository.find(authId).isPresent();
    }

    /** Issue 15: the officer works at this regional office. */
    public void placeAt(String authId, String officeCode) {
        accountRepository.find(authId).orElseThrow().placeAt(em.find(RegionalOffice.class, officeCode));
    }

    public UserAccount create(String authId, Role role, String password, String mail) {
        return create(authId, role, password, mail, true);
    }

    /** SE2: a new organisation user or agent who has not agreed to the terms of use yet. */
    public UserAccount createWithoutTerms(String authId, Role role, String password, String mail) {
        return create(authId, role, password, mail, false);
    }

    private UserAccount create(String authId, Role role, String password, String mail, boolean agreed) {
        var existing = accountRepository.find(authId);
        if (existing.isPresent()) {
            if (agreed) {
                agreeToTerms(existing.get());
            }
            return existing.get();
        }
        Organisation organisation = null;
        if (!role.isIntranet()) {
            organisation = new Organisation("テスト株式会社 " + authId, null, "東京都", "東京都港区港南5-5-30",
                    em.find(RegionalOffice.class, "tokyo"), null);
            em.persist(organisation);
        }
        UserAccount account = new UserAccount(new AuthenticationId(authId), role, "Test " + authId,
                MailAddress.of(mail),
                Locale.ENGLISH, organisation,
                clock.instant());
        account.setPasswordHash(passwords.hash(password), clock.instant());
        if (agreed) {
            agreeToTerms(account);
        }
        accountRepository.add(account);
        return account;
    }

    private void agreeToTerms(UserAccount account) {
        if (account.mustAcceptTerms(settings.termsVersion())) {
            account.acceptTerms(settings.termsVersion(), clock.instant());
        }
    }

    /**
     * Issue 18: enrols the account's second factor with this secret (confirmed with the code of now) and these
     * recovery codes, as the enrolment screen would.
     */
    public void enrolSecondFactor(String authId, String secret, List<String> recoveryCodes) {
        UserAccount account = accountRepository.find(authId).orElseThrow();
        if (account.hasSecondFactor()) {
            return;
        }
        account.startSecondFactorEnrolment(secret);
        if (!account.confirmSecondFactor(jp.ras.domain.model.account.SecondFactor.codeAt(secret, clock.instant()),
                clock.instant())) {
            throw new IllegalStateException("enrolment of " + authId + " not confirmed");
        }
        accountRepository.replaceRecoveryCodes(account, recoveryCodes);
    }

    /** AC5: makes the account's password look as if it had been set {@code days} days ago. */
    public void agePassword(String authId, int days) {
        UserAccount account = accountRepository.find(authId).orElseThrow();
        account.setPasswordHash(account.getPasswordHash(), clock.instant().minus(Duration.ofDays(days)));
    }

    /**
     * PR1: an organisation user whose organisation is in use until {@code validUntil}, with one foreign national
     * per residence card number on its list.
     */
    public UserAccount createWithRoster(String authId, String password, String mail, LocalDate validUntil,
            List<String> cardNumbers) {
        var existing = accountRepository.find(authId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Organisation organisation = new Organisation("ロスター株式会社 " + authId, null, "東京都", "東京都港区港南5-5-30",
                em.find(RegionalOffice.class, "tokyo"), validUntil);
        em.persist(organisation);
        LocalDate today = JapanTime.today(clock);
        for (int i = 0; i < cardNumbers.size(); i++) {
            em.persist(new RosterEntry(organisation, new ForeignNational("TEST PERSON " + (char) ('A' + i), null,
                    "VNM", LocalDate.of(1990 + i, 4, 1), Sex.MALE,
                    ResidenceCardNumber.parse(cardNumbers.get(i)).orElseThrow(), null, "技術・人文知識・国際業務",
                    "3年", today.plusYears(1), "東京都港区港南5-5-30"), today));
        }
        return addOrgUser(authId, password, mail, organisation);
    }

    /** Another organisation user of the organisation of {@code colleague}, who has agreed to the terms of use. */
    public UserAccount createColleague(String authId, String password, String mail, String colleague) {
        var existing = accountRepository.find(authId);
        if (existing.isPresent()) {
            return existing.get();
        }
        return addOrgUser(authId, password, mail, accountRepository.find(colleague).orElseThrow().getOrganisation());
    }

    private UserAccount addOrgUser(String authId, String password, String mail, Organisation organisation) {
        UserAccount account = new UserAccount(new AuthenticationId(authId), Role.ORG_USER, "Test " + authId,
                MailAddress.of(mail), Locale.ENGLISH,
                organisation, clock.instant());
        account.setPasswordHash(passwords.hash(password), clock.instant());
        agreeToTerms(account);
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

    /** Has the server refuse the mail to {@code recipient} permanently until it is FAILED (issue 14). */
    public void refusePermanently(String recipient) {
        OutboxMail mail = em.createQuery("select m from OutboxMail m where m.recipient = :r", OutboxMail.class)
                .setParameter("r", recipient).getSingleResult();
        var policy = new jp.ras.domain.model.mail.RetryPolicy(java.time.Duration.ofSeconds(1),
                java.time.Duration.ofHours(1));
        while (mail.getStatus() == jp.ras.domain.model.mail.MailStatus.PENDING) {
            mail.markRefused(clock.instant(), "550 5.1.1 User unknown", policy);
        }
    }

    public List<OutboxMail> mailsTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id", OutboxMail.class)
                .setParameter("r", recipient).getResultList();
    }

    public boolean isLocked(String authId) {
        return accountRepository.find(authId).orElseThrow().isLocked(clock.instant());
    }

    /** Gives the account this password again and lifts a lock (for accounts a test locks or changes). */
    public void resetPassword(String authId, String password) {
        UserAccount account = accountRepository.find(authId).orElseThrow();
        account.setPasswordHash(passwords.hash(password), clock.instant());
        account.unlock();
    }
}
