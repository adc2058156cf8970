package jp.ras.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.ras.domain.shared.JapanTime;

/**
 * Test-only: the organisation user of {@link ApplicationPathIT}, made when its deployment starts: a Tokyo
 * organisation in use for six months with one person on its roster ({@link #PERSON}, 技能, whose period of stay ends
 * in two months: inside the AP4 window). The ID ends in the run id the test put into the deployment, because the
 * test database outlives a run. The officer and the supervisor are {@link BrowserTestData}'s.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReferenceData"})
public class ApplicationPathTestData {

    static final String RUN_RESOURCE = "application-path-it.run";

    static final String PASSWORD = "application-path-pass-2026";

    /** The name {@link TestApplications#addPerson} gives the person. */
    static final String PERSON = "TEST APPLICANT";

    /** The organisation's address (TestAccounts), to which the card goes back by post (RC5). */
    static final String ADDRESS = "東京都港区港南5-5-30";

    @Inject
    private TestAccounts accounts;

    @Inject
    private TestApplications applications;

    @Inject
    private Clock clock;

    static String user(String run) {
        return "AP" + run;
    }

    static String mail(String run) {
        return "ap-" + run.toLowerCase() + "@example.jp";
    }

    /** A residence card number of this run (two letters, eight digits, two letters). */
    static String card(String run) {
        return "AP" + String.format("%08d", Math.floorMod(run.hashCode(), 100_000_000)) + "TH";
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        LocalDate today = JapanTime.today(clock);
        long organisation = accounts.createWithRoster(user(run), PASSWORD, mail(run), today.plusMonths(6), List.of())
                .getOrganisation().getId();
        applications.addPerson(organisation, card(run), "技能", "1年", today.plusMonths(2));
    }
}
