package jp.ras.it;

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
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.application.EligibleStatus;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ReceiptNumber;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.JapanTime;

/**
 * Test-only: the applications of {@link CaseStatusIT}, made when its deployment starts, their numbers drawn from the
 * run id (the test database outlives a run):
 * <ul>
 * <li>{@link #asked}: a receipt number, documents asked for (due in two weeks) since {@link #ASKED_AT};</li>
 * <li>{@link #filed}: only a provisional number, filed at {@link #FILED_AT};</li>
 * <li>{@link #throttled}: only a provisional number, for the per-number limit;</li>
 * <li>{@link #timed}: only a provisional number, for the time a wrong date of birth takes;</li>
 * <li>the organisation user {@code CS<run>} with {@link #MAIL_PERSON} on the roster, inside the filing window, for
 * a filing through the API whose applicant's mail links to the status page.</li>
 * </ul>
 * Every person is born on {@link #BIRTH}.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ReferenceData"})
public class CaseStatusTestData {

    static final String RUN_RESOURCE = "case-status-it.run";

    static final String PASSWORD = "case-status-pass-2026";

    static final LocalDate BIRTH = LocalDate.of(1988, 3, 14);

    static final String NAME = "NGUYEN THI STATUS";

    static final String MAIL_PERSON = "TRAN VAN MAILED";

    /** 10:30 on 2 March 2026, Japan time. */
    static final Instant ASKED_AT = Instant.parse("2026-03-02T01:30:00Z");

    /** 09:00 on 3 March 2026, Japan time. */
    static final Instant FILED_AT = Instant.parse("2026-03-03T00:00:00Z");

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private TestAccounts accounts;

    @Inject
    private Clock clock;

    private static int seq(String run, int salt) {
        return 1 + Math.floorMod(run.hashCode() * 31 + salt, 999_998);
    }

    static String asked(String run) {
        return ReceiptNumber.of("札", 1999, seq(run, 0)).value();
    }

    static String askedProvisional(String run) {
        return String.format("19990101-%07d", seq(run, 0));
    }

    static String filed(String run) {
        return String.format("19990102-%07d", seq(run, 1));
    }

    static String throttled(String run) {
        return String.format("19990103-%07d", seq(run, 2));
    }

    static String timed(String run) {
        return String.format("19990104-%07d", seq(run, 3));
    }

    static String user(String run) {
        return TestRun.id("CS", run);
    }

    @PostConstruct
    void seed() {
        String run = TestRun.read(RUN_RESOURCE);
        if (accounts.exists(user(run))) {
            return;
        }
        LocalDate today = JapanTime.today(clock);
        Organisation organisation = em.find(Organisation.class, accounts.createWithRoster(user(run), PASSWORD,
                TestRun.mail("CS", run), today.plusMonths(8), List.of()).getOrganisation().getId());
        RegionalOffice sapporo = em.find(RegionalOffice.class, "sapporo");
        person(organisation, MAIL_PERSON, card(run, 9), today.plusMonths(2));

        ResidenceApplication asked = file(organisation, sapporo, person(organisation, NAME, card(run, 0),
                today.plusMonths(2)), askedProvisional(run), today, ASKED_AT.minusSeconds(86_400));
        asked.numbered(new ReceiptNumber(asked(run)));
        asked.startReview("OFC0000000", ASKED_AT.minusSeconds(3_600));
        asked.requestDocuments("OFC0000000", "在職証明書を提出してください。", today.plusDays(14), today, ASKED_AT);
        em.persist(asked);
        em.persist(file(organisation, sapporo, person(organisation, NAME, card(run, 1), today.plusMonths(2)),
                filed(run), today, FILED_AT));
        em.persist(file(organisation, sapporo, person(organisation, NAME, card(run, 2), today.plusMonths(2)),
                throttled(run), today, FILED_AT));
        em.persist(file(organisation, sapporo, person(organisation, NAME, card(run, 3), today.plusMonths(2)),
                timed(run), today, FILED_AT));
    }

    private ResidenceApplication file(Organisation organisation, RegionalOffice office, RosterEntry entry,
            String provisional, LocalDate today, Instant at) {
        ResidenceApplication.Form form = new ResidenceApplication.Form(ReEntryPermit.NONE, false, "1年",
                "case status", true, ReceiptMethod.COUNTER, false, null, "status-applicant@example.jp", Locale.ENGLISH);
        return ResidenceApplication.file(organisation, entry, office, form, EligibleStatus.defaults(), List.of(),
                "CSUSER", provisional, today, at);
    }

    private static String card(String run, int i) {
        return "C" + (char) ('A' + i) + String.format("%08d", Math.floorMod(run.hashCode() * 17 + i, 100_000_000))
                + "CS";
    }

    private RosterEntry person(Organisation organisation, String name, String card, LocalDate expiry) {
        RosterEntry entry = new RosterEntry(organisation, new ForeignNational(name, "阮氏", "VNM", BIRTH, Sex.FEMALE,
                ResidenceCardNumber.parse(card).orElseThrow(), "C7654321", "技能", "1年", expiry, "北海道札幌市中央区大通西12"),
                JapanTime.today(clock));
        em.persist(entry);
        return entry;
    }

    /** The audit entries of a target as "ACTION detail" lines, oldest first. */
    public List<String> audit(String target) {
        return em.createQuery("select concat(concat(a.action, ' '), coalesce(a.detail, '')) from AuditEntry a"
                + " where a.target = :t order by a.id", String.class).setParameter("t", target).getResultList();
    }
}
