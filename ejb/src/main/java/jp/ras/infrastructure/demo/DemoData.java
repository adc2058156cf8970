package jp.ras.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.account.MailAddress;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.CorporateNumber;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.model.report.PeriodicReport;
import jp.ras.domain.model.usage.ApplicantKind;
import jp.ras.domain.model.usage.UsageApplication;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.persistence.UserAccountRepository;
import jp.ras.infrastructure.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo organisations, users and roster for the one-command run (RAS_DEMO=true). Never on by default: a deployed
 * EAR starts empty. Idempotent: it does nothing when the demo officer exists.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DataKeyCheck"})
public class DemoData {

    public static final String DEMO_PASSWORD = "demo-password-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "ras.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!demo || accounts.find("OFC0000001").isPresent()) {
            return;
        }
        String demoHash = passwords.hash(DEMO_PASSWORD);
        Instant now = clock.instant();
        LocalDate today = JapanTime.today(clock);

        RegionalOffice tokyo = em.find(RegionalOffice.class, "tokyo");
        RegionalOffice osaka = em.find(RegionalOffice.class, "osaka");
        Organisation sakura = new Organisation("株式会社さくら精機", new CorporateNumber("1010001000006"), "東京都",
                "東京都港区港南5-5-30", tokyo, today.plusMonths(7));
        Organisation naniwa = new Organisation("なにわ日本語学院", null, "大阪府",
                "大阪府大阪市住之江区南港北1-29-53", osaka, today.plusMonths(2).plusDays(10));
        em.persist(sakura);
        em.persist(naniwa);

        user("OFC0000001", Role.OFFICER, "入管 太郎", "officer@ras.example.jp", Locale.JAPANESE, null, demoHash, now)
                .placeAt(tokyo);
        user("SUP0000001", Role.SUPERVISOR, "入管 花子", "supervisor@ras.example.jp", Locale.JAPANESE, null, demoHash, now)
                .placeAt(tokyo);
        user("ORG0000001", Role.ORG_USER, "佐藤 一郎", "sato@sakura.example.jp", Locale.JAPANESE, sakura, demoHash, now);
        user("ORG0000002", Role.ORG_USER, "Emily Brown", "brown@sakura.example.jp", Locale.ENGLISH, sakura, demoHash, now);
        user("ORG0000003", Role.ORG_USER, "田中 次郎", "tanaka@naniwa.example.jp", Locale.JAPANESE, naniwa, demoHash, now);
        // U2: the agent holds one authentication ID per organisation they act for.
        user("AGT0000001", Role.AGENT, "行政 書士子", "gyosei@office.example.jp", Locale.JAPANESE, sakura, demoHash, now);
        user("AGT0000002", Role.AGENT, "行政 書士子", "gyosei@office.example.jp", Locale.JAPANESE, naniwa, demoHash, now);

        roster(sakura, "NGUYEN VAN AN", null, "VNM", "1994-03-12", Sex.MALE, "AB12345678CD", "C1234567",
                "技術・人文知識・国際業務", "3年", today.plusMonths(2), "東京都港区港南1-2-3", today);
        roster(sakura, "MARIA SANTOS", null, "PHL", "1990-11-02", Sex.FEMALE, "EF23456789GH", "P2345678A",
                "技能", "1年", today.plusDays(40), "東京都品川区東品川4-5-6", today);
        roster(sakura, "WANG LEI", "王 磊", "CHN", "1988-07-21", Sex.MALE, "IJ34567890KL", "E34567890",
                "家族滞在", "1年", today.plusMonths(5), "東京都港区芝浦2-3-4", today);
        roster(sakura, "RAJ KUMAR", null, "IND", "1985-01-30", Sex.MALE, "MN45678901OP", "Z4567890",
                "技術・人文知識・国際業務", "5年", today.plusMonths(1), "東京都大田区蒲田5-6-7", today);
        roster(naniwa, "KIM MINJI", "金 旼智", "KOR", "2003-05-05", Sex.FEMALE, "QR56789012ST", "M56789012",
                "留学", "1年3月", today.plusMonths(2).plusDays(3), "大阪府大阪市住之江区1-1-1", today);
        roster(naniwa, "TRAN THI BICH", null, "VNM", "2002-09-14", Sex.FEMALE, "UV67890123WX", "C6789012",
                "留学", "2年3月", today.plusMonths(9), "大阪府大阪市西区2-2-2", today);
        roster(naniwa, "ANA LIMA", null, "BRA", "1999-12-24", Sex.FEMALE, "YZ78901234AB", "FA789012",
                "特定技能", "1年", today.plusMonths(2), "大阪府堺市堺区3-3-3", today);
        // A usage application waiting at the Kobe counter, and a periodic report waiting for a decision.
        em.persist(UsageApplication.forNewOrganisation(em.find(RegionalOffice.class, "kobe"), "神戸みなと食品株式会社",
                null, "兵庫県", "兵庫県神戸市中央区海岸通1-1", new UsageApplication.Applicant(ApplicantKind.STAFF,
                        "山本 美咲", "yamamoto@minato.example.jp", "078-391-0000", Locale.JAPANESE,
                        LocalDate.of(1986, 10, 3), false, "運転免許証"),
                java.util.List.of(new ForeignNational("PHAM MINH DUC", null, "VNM", LocalDate.of(1997, 2, 17),
                        Sex.MALE, new ResidenceCardNumber("KB12345678EF"), "C9876543", "技能実習2号ロ", "1年",
                        today.plusMonths(4),
                        "兵庫県神戸市長田区1-2-3")), "OFC0000001", today, now));
        em.persist(PeriodicReport.file(naniwa, false, "ORG0000003", today, now, java.util.List.of(),
                java.util.Set.of(), "所属外国人に変更はありません。"));
        LOG.info("Demo data loaded: 2 organisations, 7 users, 7 foreign nationals, a usage application and a report");
    }

    private UserAccount user(String authId, Role role, String name, String mail, Locale locale, Organisation org,
            String passwordHash, Instant now) {
        UserAccount account = UserAccount.registered(new AuthenticationId(authId), role, name, new MailAddress(mail),
                "03-5796-7111",
                LocalDate.of(1980, 4, 1).plusDays(authId.hashCode() % 3000), locale, org, now);
        account.setPasswordHash(passwordHash, now);
        // Issue 15: each demo user's screens open in their language (ORG0000002 in English).
        account.chooseScreenLanguage(locale);
        accounts.add(account);
        return account;
    }

    private void roster(Organisation org, String name, String kanji, String nationality, String birth, Sex sex,
            String card, String passport, String status, String period, LocalDate expiry, String address,
            LocalDate today) {
        em.persist(new RosterEntry(org, new ForeignNational(name, kanji, nationality, LocalDate.parse(birth), sex,
                new ResidenceCardNumber(card), passport, status, period, expiry, address), today));
    }
}
