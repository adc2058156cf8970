package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.JapanTime;

/**
 * Test-only: the accounts and roster persons of the officers' API tests of {@link ApiIT}, made when its deployment
 * starts. The accounts keep their IDs from run to run; the persons are added afresh at each start (new card numbers,
 * expiry in two months, inside the filing window), and the test files their applications through the API as an HR
 * system would.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReferenceData"})
public class OfficerApiTestData {

    static final String PASSWORD = "officer-api-password-2026";

    /** Files the applications the officers work on; its organisation belongs to the Tokyo office. */
    static final String ORG_USER = "OFAORG0001";
    static final String AGENT = "OFAAGT0001";
    static final String OFFICER = "OFAOFC0001";
    static final String SUPERVISOR = "OFASUP0001";

    static final String OFFICE = "tokyo";

    /** The person whose application goes from filing to the card delivered by post. */
    static final String BY_POST = "OFFICER API POST";
    /** The person whose application is withdrawn, first its re-entry part, then whole (ST3). */
    static final String WITHDRAWN = "OFFICER API WITHDRAWN";
    /** The person whose application is denied. */
    static final String DENIED = "OFFICER API DENIED";
    /** The person whose applications the refused requests are made on. */
    static final String REFUSALS = "OFFICER API REFUSALS";
    /** The person whose filings and application get texts over their limits (Security 3). */
    static final String LENGTHS = "OFFICER API LENGTHS";

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private TestAccounts accounts;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        LocalDate today = JapanTime.today(clock);
        accounts.create(OFFICER, Role.OFFICER, PASSWORD, "officer.ofa@example.jp");
        accounts.create(SUPERVISOR, Role.SUPERVISOR, PASSWORD, "supervisor.ofa@example.jp");
        accounts.create(AGENT, Role.AGENT, PASSWORD, "agent.ofa@example.jp");
        UserAccount user = accounts.createWithRoster(ORG_USER, PASSWORD, "org.ofa@example.jp", today.plusMonths(8),
                List.of());
        Organisation mine = em.find(Organisation.class, user.getOrganisation().getId());
        long run = System.currentTimeMillis() / 1000 % 10_000_000L;
        List<String> names = List.of(BY_POST, WITHDRAWN, DENIED, REFUSALS, LENGTHS);
        for (int i = 0; i < names.size(); i++) {
            em.persist(new RosterEntry(mine, new ForeignNational(names.get(i), null, "PHL", LocalDate.of(1991, 2, 3),
                    Sex.MALE, new ResidenceCardNumber("OF" + String.format("%07d%d", run, i) + "ZZ"), "P1234567",
                    "技術・人文知識・国際業務", "3年",
                    today.plusMonths(2), "東京都港区港南5-5-30"), today));
        }
    }
}
