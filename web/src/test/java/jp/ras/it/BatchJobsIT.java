package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.ras.batch.application.BatchJobs;
import jp.ras.batch.application.JobSchedule;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.domain.shared.JapanTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch jobs inside Payara Micro: started through the job operator as a supervisor, with the business date as
 * the job parameter {@code date}. The dates lie in 2001, before anything else the shared test database holds, so a
 * run changes only what the test seeded and never depends on the real date.
 */
@ExtendWith(ArquillianExtension.class)
class BatchJobsIT {

    private static final String RUN = TestRun.newId();

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("batch-jobs-it")
                .addClasses(BatchJobsTestData.class, TestAccounts.class, TestRun.class, AsOrgUser.class,
                        AsAgent.class, AsSupervisor.class, Deployments.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private BatchJobsTestData data;

    @Inject
    private TestAccounts accounts;

    @Inject
    private AsSupervisor asSupervisor;

    @Inject
    private AsOrgUser asOrgUser;

    @Inject
    private BatchJobs jobs;

    @Inject
    private JobSchedule schedule;

    @Inject
    private jp.ras.application.ClusterClaims claims;

    /** Runs the job for the business date to its end and requires it COMPLETED; returns its steps' exit status. */
    private List<String> run(String job, LocalDate date) {
        AtomicReference<String> status = new AtomicReference<>();
        AtomicReference<List<String>> steps = new AtomicReference<>();
        asSupervisor.run(() -> {
            try {
                long execution = data.start(job, date);
                status.set(data.awaitEnd(execution, 60));
                steps.set(data.stepExitStatuses(execution));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        assertTrue(status.get().startsWith("COMPLETED"), job + " on " + date + ": " + status.get());
        return steps.get();
    }

    private String id(String kind) {
        return TestRun.id(kind, RUN);
    }

    private String mail(String kind) {
        return TestRun.mail(kind, RUN);
    }

    private List<String> templatesTo(String kind) {
        return accounts.mailsTo(mail(kind)).stream().map(OutboxMail::getTemplate).toList();
    }

    private static String param(OutboxMail mail, String name) {
        try (var reader = Json.createReader(new StringReader(mail.getParams()))) {
            return reader.readObject().getString(name);
        }
    }

    /** The instant a password was set so that it expires on {@code expiry} (Japan date), at 10:00 Japan time. */
    private static Instant passwordSetFor(LocalDate expiry) {
        return expiry.minusYears(1).atTime(LocalTime.of(10, 0)).atZone(JapanTime.ZONE).toInstant();
    }

    @Test
    @DisplayName("PR5, PR2 (issue 13, once per cluster): of eight instances' schedules firing together for one start,"
            + " exactly one claims it, and nobody later")
    void aScheduledStartIsClaimedOnce() throws Exception {
        String key = "schedule:it-" + System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return claims.claim(key);
                    } catch (RuntimeException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int won = 0;
            for (var result : results) {
                won += result.get() ? 1 : 0;
            }
            assertEquals(1, won, "claims won");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(!claims.claim(key), "a later claim loses");
        assertTrue(claims.claimant(key) != null);
    }

    @Test
    @DisplayName("PR5, PR7: the partitioned sweep suspends organisations past their expiry and mails their users"
            + " once, also when run twice; one suspended for expiry whose late report was approved is resumed and"
            + " mailed; one an officer suspended stays suspended; a valid one is left alone")
    void pr5_pr7_sweep() {
        LocalDate expiry = LocalDate.of(2001, 3, 31);
        long expired = data.organisation("IT 期限切れ " + RUN, expiry);
        data.account(id("SWX"), Role.ORG_USER, expired, mail("SWX"), null);
        data.account(id("SWXD"), Role.ORG_USER, expired, mail("SWXD"), null);
        data.deleteAccount(id("SWXD"));
        long renewed = data.organisation("IT 遅れて承認 " + RUN, expiry);
        data.suspendForExpiryThenRenewLate(renewed); // suspended for expiry, valid again until 2002-03-31
        data.account(id("SWR"), Role.AGENT, renewed, mail("SWR"), null);
        long byOfficer = data.organisation("IT 職権停止 " + RUN, LocalDate.of(2001, 12, 31));
        data.suspendByOfficer(byOfficer);
        data.account(id("SWO"), Role.ORG_USER, byOfficer, mail("SWO"), null);
        long valid = data.organisation("IT 有効 " + RUN, LocalDate.of(2001, 4, 1));
        data.account(id("SWV"), Role.ORG_USER, valid, mail("SWV"), null);
        assertEquals("SUSPENDED/EXPIRY", data.state(renewed));

        LocalDate day = LocalDate.of(2001, 4, 1);
        List<String> steps = run("periodic-report-sweep", day);
        assertEquals("SUSPENDED/EXPIRY", data.state(expired));
        assertEquals(List.of("organisation-expired"), templatesTo("SWX"));
        assertEquals("2001-03-31", param(accounts.mailsTo(mail("SWX")).get(0), "validUntil"));
        assertEquals(List.of(), templatesTo("SWXD"), "no mail to a deleted user");
        assertEquals("ACTIVE", data.state(renewed));
        assertEquals(List.of("organisation-resumed"), templatesTo("SWR"));
        assertEquals("SUSPENDED/OFFICER", data.state(byOfficer), "never resumed by the sweep");
        assertEquals(List.of(), templatesTo("SWO"));
        assertEquals("ACTIVE", data.state(valid), "valid through its last day");
        assertEquals(List.of(), templatesTo("SWV"));
        assertEquals(List.of("ORGANISATION_SUSPENDED"), accounts.auditActions("organisation:" + expired));
        assertEquals(List.of("ORGANISATION_RESUMED"), accounts.auditActions("organisation:" + renewed));
        assertEquals(1, steps.size(), steps.toString());
        assertTrue(steps.get(0).matches("sweep: SUSPENDED=\\d+ RESUMED=\\d+"), steps.toString());

        run("periodic-report-sweep", day);
        assertEquals(1, accounts.mailsTo(mail("SWX")).size(), "suspended and mailed once");
        assertEquals(1, accounts.mailsTo(mail("SWR")).size(), "resumed and mailed once");
        assertEquals(List.of("ORGANISATION_SUSPENDED"), accounts.auditActions("organisation:" + expired));

        run("periodic-report-sweep", day.plusDays(1));
        assertEquals("SUSPENDED/EXPIRY", data.state(valid), "the next day its expiry has passed");
        assertEquals(List.of("organisation-expired"), templatesTo("SWV"));
        assertEquals("SUSPENDED/OFFICER", data.state(byOfficer));
    }

    @Test
    @DisplayName("PR2: two months before expiry every active user is reminded once, also when the job runs twice,"
            + " and a missed day is caught up; not before, not for deleted users, a suspended organisation or one"
            + " that has filed this cycle's report")
    void pr2_reportReminders() {
        LocalDate expiry = LocalDate.of(2001, 7, 31); // reminder from 2001-05-31, report due 2001-06-30
        long org = data.organisation("IT 定期報告 " + RUN, expiry);
        data.account(id("RMA"), Role.ORG_USER, org, mail("RMA"), passwordSetFor(LocalDate.of(2002, 1, 1)));
        data.account(id("RMB"), Role.AGENT, org, mail("RMB"), null);
        data.account(id("RMD"), Role.ORG_USER, org, mail("RMD"), null);
        data.deleteAccount(id("RMD"));
        long missed = data.organisation("IT 定期報告 遅れ " + RUN, LocalDate.of(2001, 7, 20)); // reminder from 05-20
        data.account(id("RMM"), Role.ORG_USER, missed, mail("RMM"), null);
        long suspended = data.organisation("IT 定期報告 停止 " + RUN, expiry);
        data.suspendByOfficer(suspended);
        data.account(id("RMS"), Role.ORG_USER, suspended, mail("RMS"), null);
        long filed = data.organisation("IT 定期報告 済 " + RUN, expiry);
        data.account(id("RMF"), Role.ORG_USER, filed, mail("RMF"), null);
        data.fileReport(filed, id("RMF"), LocalDate.of(2001, 5, 10));

        run("expiry-reminders", LocalDate.of(2001, 5, 19));
        assertEquals(List.of(), templatesTo("RMA"), "not before two months ahead");
        assertEquals(List.of(), templatesTo("RMM"));

        run("expiry-reminders", LocalDate.of(2001, 5, 31));
        run("expiry-reminders", LocalDate.of(2001, 5, 31));
        assertEquals(List.of("report-reminder"), templatesTo("RMA"));
        assertEquals(List.of("report-reminder"), templatesTo("RMB"));
        OutboxMail reminder = accounts.mailsTo(mail("RMA")).get(0);
        assertEquals("2001-07-31", param(reminder, "validUntil"));
        assertEquals("2001-06-30", param(reminder, "dueDate"));
        assertEquals(List.of("report-reminder"), templatesTo("RMM"), "days missed are caught up");
        assertEquals(List.of(), templatesTo("RMD"), "deleted user");
        assertEquals(List.of(), templatesTo("RMS"), "suspended organisation");
        assertEquals(List.of(), templatesTo("RMF"), "report already filed");

        run("expiry-reminders", LocalDate.of(2001, 6, 15));
        assertEquals(1, accounts.mailsTo(mail("RMA")).size(), "once per cycle");
        assertEquals(1, accounts.mailsTo(mail("RMM")).size());
    }

    @Test
    @DisplayName("AC5: password reminders 30 and 7 days before expiry, each once also when the job runs twice;"
            + " after missed days only the 7-day one; officers included, deleted accounts not")
    void ac5_passwordReminders() {
        LocalDate expiry = LocalDate.of(2001, 9, 30);
        long org = data.organisation("IT パスワード " + RUN, null);
        data.account(id("PWU"), Role.ORG_USER, org, mail("PWU"), passwordSetFor(expiry));
        data.account(id("PWO"), Role.OFFICER, null, mail("PWO"), passwordSetFor(expiry));
        data.account(id("PWD"), Role.ORG_USER, org, mail("PWD"), passwordSetFor(expiry));
        data.deleteAccount(id("PWD"));
        data.account(id("PWN"), Role.ORG_USER, org, mail("PWN"), null); // no password yet

        run("expiry-reminders", LocalDate.of(2001, 8, 30));
        assertEquals(List.of(), templatesTo("PWU"), "31 days ahead");

        // the job did not run while this one's 30-day reminder was due: 5 days left at the next run
        data.account(id("PWL"), Role.AGENT, org, mail("PWL"), passwordSetFor(LocalDate.of(2001, 9, 5)));
        run("expiry-reminders", LocalDate.of(2001, 8, 31));
        run("expiry-reminders", LocalDate.of(2001, 8, 31));
        assertEquals(List.of("password-expiring"), templatesTo("PWU"));
        assertEquals("30", param(accounts.mailsTo(mail("PWU")).get(0), "daysLeft"));
        assertEquals("2001-09-30", param(accounts.mailsTo(mail("PWU")).get(0), "expiryDate"));
        assertEquals(List.of("password-expiring"), templatesTo("PWO"), "officers too");
        assertEquals(List.of("password-expiring"), templatesTo("PWL"), "only the 7-day reminder");
        assertEquals("5", param(accounts.mailsTo(mail("PWL")).get(0), "daysLeft"));
        assertEquals(List.of(), templatesTo("PWD"), "deleted account");
        assertEquals(List.of(), templatesTo("PWN"), "no password");

        run("expiry-reminders", LocalDate.of(2001, 9, 2));
        assertEquals(1, accounts.mailsTo(mail("PWL")).size(), "both milestones were marked");
        assertEquals(1, accounts.mailsTo(mail("PWU")).size());

        run("expiry-reminders", LocalDate.of(2001, 9, 23));
        run("expiry-reminders", LocalDate.of(2001, 9, 23));
        assertEquals(2, accounts.mailsTo(mail("PWU")).size());
        assertEquals("7", param(accounts.mailsTo(mail("PWU")).get(1), "daysLeft"));
        assertEquals(2, accounts.mailsTo(mail("PWO")).size());
        assertEquals(1, accounts.mailsTo(mail("PWL")).size(), "expired: nothing more");
        assertEquals(List.of(), templatesTo("PWD"));
    }

    @Test
    @DisplayName("PR5, PR7: a job started without a caller (as the schedule starts it) runs; only a supervisor may"
            + " start one by hand, an organisation user is refused and nothing changes")
    void pr5_scheduledStartNeedsNoCallerManualStartNeedsSupervisor() throws InterruptedException {
        long expired = data.organisation("IT 権限なし " + RUN, LocalDate.of(2000, 12, 31));
        data.account(id("SWA"), Role.ORG_USER, expired, mail("SWA"), null);
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        asOrgUser.run(() -> {
            try {
                jobs.start("periodic-report-sweep");
            } catch (RuntimeException e) {
                refused.set(e);
            }
        });
        assertTrue(refused.get() instanceof EJBAccessException, "refused: " + refused.get());
        assertEquals("ACTIVE", data.state(expired));
        long execution = data.start("periodic-report-sweep", LocalDate.of(2001, 1, 1)); // the test's own caller: none
        String status = data.awaitEnd(execution, 60);
        assertTrue(status.startsWith("COMPLETED"), status);
        assertEquals("SUSPENDED/EXPIRY", data.state(expired));
        assertEquals(List.of("organisation-expired"), templatesTo("SWA"));
    }

    @Test
    @DisplayName("PR2, PR5: at start the daily jobs are scheduled in Japan time, the sweep next at 0:05 and the"
            + " reminders at 7:00, each within a day")
    void pr5_dailyJobsScheduledAtStart() {
        assertThrows(EJBAccessException.class, schedule::nextStarts, "issue 16: supervisors only");
        AtomicReference<Map<String, ZonedDateTime>> starts = new AtomicReference<>();
        asSupervisor.run(() -> starts.set(schedule.nextStarts()));
        Map<String, ZonedDateTime> next = starts.get();
        assertEquals(List.of("expiry-reminders", "periodic-report-sweep"), List.copyOf(next.keySet()), next.toString());
        ZonedDateTime now = ZonedDateTime.now(JapanTime.ZONE);
        next.forEach((job, at) -> {
            ZonedDateTime local = at.withZoneSameInstant(JapanTime.ZONE);
            assertTrue(local.isAfter(now.minusSeconds(5)) && local.isBefore(now.plusDays(1).plusSeconds(5)),
                    job + " next at " + local);
        });
        assertEquals(LocalTime.of(0, 5), next.get("periodic-report-sweep").withZoneSameInstant(JapanTime.ZONE)
                .plusSeconds(30).truncatedTo(ChronoUnit.MINUTES).toLocalTime());
        assertEquals(LocalTime.of(7, 0), next.get("expiry-reminders").withZoneSameInstant(JapanTime.ZONE)
                .plusSeconds(30).truncatedTo(ChronoUnit.MINUTES).toLocalTime());
    }
}
