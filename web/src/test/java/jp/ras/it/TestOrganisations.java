package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.account.MailAddress;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.account.AccountToken;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.TokenPurpose;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.infrastructure.persistence.UserAccountRepository;
import jp.ras.infrastructure.security.PasswordHasher;

/** Test-only seeding and look-ups for organisations, their users and rosters. */
@Stateless
@PermitAll
public class TestOrganisations {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private Clock clock;

    /** An active Tokyo organisation valid until {@code validUntil}, with one person on its roster. */
    public long organisation(String name, LocalDate validUntil, String cardNumber) {
        Organisation organisation = new Organisation(name, null, "東京都", "東京都港区港南5-5-30",
                em.find(RegionalOffice.class, "tokyo"), validUntil);
        em.persist(organisation);
        em.persist(new RosterEntry(organisation, person(cardNumber), LocalDate.now(clock)));
        return organisation.getId();
    }

    public static ForeignNational person(String cardNumber) {
        return new ForeignNational("TEST PERSON", null, "VNM", LocalDate.of(1994, 3, 12), Sex.MALE,
                ResidenceCardNumber.parse(cardNumber).orElseThrow(), "C1234567", "技術・人文知識・国際業務", "3年",
                LocalDate.of(2028, 1, 31), "東京都港区港南1-2-3");
    }

    /** A user of the organisation, with a password and the terms accepted; reused when it exists. */
    public void user(String authId, Role role, long organisationId, String mail, String password) {
        if (accounts.find(authId).isPresent()) {
            return;
        }
        UserAccount account = UserAccount.registered(new AuthenticationId(authId), role, "Test " + authId,
                MailAddress.of(mail), "03-1234-5678",
                LocalDate.of(1980, 1, 1), Locale.ENGLISH, em.find(Organisation.class, organisationId),
                clock.instant());
        account.setPasswordHash(passwords.hash(password), clock.instant());
        account.acceptTerms("2026-04", clock.instant());
        accounts.add(account);
    }

    public Long organisationOf(String authId) {
        return accounts.find(authId).map(a -> a.getOrganisation().getId()).orElse(null);
    }

    public String name(long organisationId) {
        return em.find(Organisation.class, organisationId).getName();
    }

    public LocalDate validUntil(long organisationId) {
        return em.find(Organisation.class, organisationId).getValidUntil();
    }

    /** Sets the expiry as a test needs it (for instance to make a filing late, PR3). */
    public void setValidUntil(long organisationId, LocalDate validUntil) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        em.createQuery("update Organisation o set o.validUntil = :d where o.id = :id")
                .setParameter("d", validUntil).setParameter("id", organisationId).executeUpdate();
        em.refresh(organisation);
    }

    public String state(long organisationId) {
        return em.find(Organisation.class, organisationId).getState().name();
    }

    public List<Long> currentRosterIds(long organisationId) {
        return em.createQuery("select r.id from RosterEntry r where r.organisation.id = :o and r.removedOn is null"
                + " order by r.id", Long.class).setParameter("o", organisationId).getResultList();
    }

    public List<String> rosterCardNumbers(long organisationId) {
        return em.createQuery("select r from RosterEntry r where r.organisation.id = :o and r.removedOn is null"
                        + " order by r.id", RosterEntry.class).setParameter("o", organisationId).getResultList()
                .stream().map(r -> r.getPerson().getCardNumber()).toList();
    }

    /** What the database holds in the card-number column, as stored (ciphertext). */
    public List<String> storedCardColumns(long organisationId) {
        return em.createNativeQuery("select card_number_enc from roster_entry where organisation_id = ?")
                .setParameter(1, organisationId).getResultList().stream().map(String::valueOf).toList();
    }

    public long reportCount(long organisationId) {
        return em.createQuery("select count(r) from PeriodicReport r where r.organisation.id = :o", Long.class)
                .setParameter("o", organisationId).getSingleResult();
    }

    public String mailOf(String authId) {
        return accounts.find(authId).map(a -> a.getMailAddress()).orElse(null);
    }

    public String roleOf(String authId) {
        return accounts.find(authId).map(a -> a.getRole().name()).orElse(null);
    }

    public boolean hasPassword(String authId) {
        return accounts.find(authId).map(a -> a.getPasswordHash() != null).orElse(false);
    }

    /** Makes a link usable in a test by issuing a fresh one (its secret is only in the mail otherwise). */
    public String issueLink(String authId, TokenPurpose purpose) {
        UserAccount account = accounts.find(authId).orElseThrow();
        AccountToken.Issued issued = accounts.issueToken(account, purpose, null, clock.instant());
        return issued.secret();
    }
}
