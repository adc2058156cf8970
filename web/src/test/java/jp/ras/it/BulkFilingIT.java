package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import jp.ras.application.BulkFilingRun;
import jp.ras.application.BulkFilingService;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.batch.application.BatchJobs;
import jp.ras.batch.application.BulkFilingRecovery;
import jp.ras.batch.application.BulkFilings;
import jp.ras.batch.infrastructure.excel.BulkColumn;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.bulk.BulkFilingInterruption;
import jp.ras.domain.model.bulk.BulkFilingState;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bulk-filing job inside Payara Micro: upload, rows filed or refused, restart from a checkpoint. */
@ExtendWith(ArquillianExtension.class)
class BulkFilingIT {

    /** The principal AsOrgUser runs as (it/glassfish-ejb-jar.xml). */
    private static final String RUN_AS_ORG_USER = "it-org-user";

    private static final String RUN = TestRun.newId();

    private static final long CARD_BASE = System.currentTimeMillis() / 10 % 10_000_000L;

    private static final long WAIT_MILLIS = 120_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("bulk-filing-it")
                .addClasses(TestAccounts.class, TestOrganisations.class, TestApplications.class, AsOrgUser.class, AsAgent.class, AsSupervisor.class,
                        Deployments.class, TestRun.class, BulkWorkbooks.class, BulkFilingTestData.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private BulkFilings bulkFilings;

    @Inject
    private BulkFilingService service;

    @Inject
    private BatchJobs jobs;

    @Inject
    private BulkFilingRun run;

    @Inject
    private BulkFilingRecovery recovery;

    @Inject
    private BulkFilingFiles files;

    @Inject
    private TestOrganisations testOrganisations;

    @Inject
    private TestApplications testApplications;

    @Inject
    private TestAccounts testAccounts;

    @Inject
    private BulkFilingTestData data;

    @Inject
    private AsOrgUser asOrgUser;

    @Inject
    private AsSupervisor asSupervisor;

    /** A residence card number unique to this run and {@code n}. */
    private static String card(int n) {
        return "BK" + String.format("%07d%d", CARD_BASE, n % 10) + (char) ('A' + n / 10 % 26) + (char) ('A' + n / 260);
    }

    private static String applicantMail(int n) {
        return "bulk-" + RUN.toLowerCase() + "-" + n + "@example.jp";
    }

    /** The organisation of the run-as user (made once per database), allowed to file for years. */
    private long organisation() {
        Long existing = testOrganisations.organisationOf(RUN_AS_ORG_USER);
        if (existing != null) {
            testOrganisations.setValidUntil(existing, LocalDate.now().plusYears(2));
            return existing;
        }
        long id = testOrganisations.organisation("IT 一括 " + RUN, LocalDate.now().plusYears(2), card(999));
        testOrganisations.user(RUN_AS_ORG_USER, Role.ORG_USER, id, "it-org-user@example.jp", "irrelevant-password-1");
        return id;
    }

    private static LocalDate expiry() {
        return LocalDate.now().plusMonths(2);
    }

    private List<Long> persons(long organisation, int from, int count) {
        List<Long> ids = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            ids.add(testApplications.addPerson(organisation, card(n), "技術・人文知識・国際業務", "3年", expiry()));
        }
        return ids;
    }

    private long upload(byte[] workbook, byte[] photos) {
        AtomicReference<Long> id = new AtomicReference<>();
        asOrgUser.run(() -> id.set(bulkFilings.upload("bulk-" + RUN + ".xlsx", new ByteArrayInputStream(workbook),
                photos == null ? null : new ByteArrayInputStream(photos)).id()));
        return id.get();
    }

    private BulkFilingService.Summary summary(long id) {
        AtomicReference<BulkFilingService.Summary> summary = new AtomicReference<>();
        asOrgUser.run(() -> summary.set(service.mine(id)));
        return summary.get();
    }

    /**
     * A bulk filing of good rows for persons {@code from} to {@code from + count - 1}, with their photos, registered
     * and its files in place as an upload leaves them, but no job started: the test runs it as it needs.
     */
    private long registered(String name, int from, int count) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            rows.add(BulkWorkbooks.row(card(n), expiry(), applicantMail(n)));
            cards.add(card(n));
        }
        Path workbook = Files.createTempFile("bulk-it", ".xlsx");
        Path photos = Files.createTempFile("bulk-it", ".zip");
        Files.write(workbook, BulkWorkbooks.workbook(BulkKind.EXTENSION, rows));
        Files.write(photos, BulkWorkbooks.photos(cards));
        AtomicReference<Long> id = new AtomicReference<>();
        asOrgUser.run(() -> id.set(service.register(name + "-" + RUN + ".xlsx", BulkKind.EXTENSION.name(), count,
                true, null, false).id()));
        files.keep(id.get(), workbook, photos);
        return id.get();
    }

    /** B1: attaches a photo to a row as the organisation user; the refusal, or null when the row was filed. */
    private RuleViolationException attach(long id, int row, byte[] photo, AtomicReference<Long> filed) {
        AtomicReference<RuleViolationException> refused = new AtomicReference<>();
        asOrgUser.run(() -> {
            try {
                ResidenceApplicationService.Filed f = bulkFilings.attachPhoto(id, row, photo);
                filed.set(f.id());
            } catch (RuleViolationException e) {
                refused.set(e);
            }
        });
        return refused.get();
    }

    private List<BulkFilingService.AwaitingPhoto> awaitingPhoto(long id) {
        AtomicReference<List<BulkFilingService.AwaitingPhoto>> rows = new AtomicReference<>();
        asOrgUser.run(() -> rows.set(service.awaitingPhoto(id, 0, 100)));
        return rows.get();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    @DisplayName("B1, B2, AP2, AP8, RN1: good rows are filed with their mails, bad rows are refused by row and field"
            + " with the rule, and no row is half-filed")
    void b2_goodRowsFiledBadRowsRefused() throws Exception {
        long organisation = organisation();
        List<Long> persons = persons(organisation, 0, 5);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            rows.add(BulkWorkbooks.row(card(n), expiry(), applicantMail(n)));
        }
        rows.get(3).put(BulkColumn.NAME_ROMAN, "Someone Else");          // row 6: AP2, not the person on the list
        rows.get(4).put(BulkColumn.STAY_EXPIRY, "next spring");            // row 7: not a date
        rows.add(BulkWorkbooks.row(card(50), expiry(), applicantMail(50))); // row 8: AP2, not on the list
        byte[] zip = BulkWorkbooks.photos(List.of(card(0), card(1), card(3), card(4), card(50)));
        // row 5 (card 2) has no photo: AP8. Rows are numbered as the user sees them, below two header rows.

        long id = upload(BulkWorkbooks.workbook(BulkKind.EXTENSION, rows), zip);
        await("the bulk filing completes", () -> summary(id).state() == BulkFilingState.COMPLETED);

        BulkFilingService.Summary done = summary(id);
        assertEquals(6, done.rows());
        assertEquals(2, done.filed());
        assertEquals(4, done.refused());
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L), data.applicationsPerPerson(persons));
        for (int n : List.of(0, 1)) {
            assertEquals(1, testAccounts.mailsTo(applicantMail(n)).size(), "RN1: the applicant is mailed once");
        }
        for (int n : List.of(2, 3, 4, 50)) {
            assertEquals(0, testAccounts.mailsTo(applicantMail(n)).size(), "a refused row mails nobody");
        }
        assertEquals(List.of("BULK_FILING_UPLOADED"), data.auditActionsOf("bulk-filing:" + id));
        assertFalse(Files.exists(files.file(id)), "the uploaded file is deleted once filed");

        AtomicReference<List<BulkFilingService.Refused>> refused = new AtomicReference<>();
        asOrgUser.run(() -> refused.set(service.refusedRows(id, 0, 100)));
        Map<Integer, Set<Violation>> byRow = refused.get().stream().collect(Collectors.toMap(
                BulkFilingService.Refused::rowNumber, r -> Set.copyOf(r.violations())));
        assertEquals(Set.of(5, 6, 7, 8), byRow.keySet(), "rows as the user sees them (two header rows)");
        assertEquals(Set.of(Violation.of("photo", "photoMissing", "AP8")), byRow.get(5));
        assertEquals(Set.of(Violation.of("nameRoman", "rosterMismatch", "AP2")), byRow.get(6));
        assertEquals(Set.of("stayExpiry"), byRow.get(7).stream().map(Violation::field).collect(Collectors.toSet()));
        assertEquals(Set.of(Violation.of("cardNumber", "personUnknown", "AP2")), byRow.get(8));
        assertTrue(refused.get().get(0).cellsJson().contains(card(2)), "the row's cells are kept for the user");
    }

    @Test
    @DisplayName("B2: a bulk filing stopped mid-file restarts from its checkpoint and files every good row exactly once")
    void b2_stoppedFilingRestartsExactlyOnce() throws Exception {
        int count = 120;
        List<Long> persons = persons(organisation(), 100, count);
        long id = registered("restart", 100, count);
        long execution = jobs.startBulkFiling(id, BulkKind.EXTENSION.name(), 2);

        await("the first rows are filed", () -> data.recordedRows(id) > 0);
        BatchRuntime.getJobOperator().stop(execution);
        await("the job stops", () -> BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus()
                == BatchStatus.STOPPED);
        long before = data.recordedRows(id);
        assertTrue(before > 0 && before < count, "stopped mid-file: " + before + " of " + count);
        assertEquals(BulkFilingState.INTERRUPTED, summary(id).state());
        assertEquals(BulkFilingInterruption.STOPPED, summary(id).interruption(), "issue 19: why, for the page");
        assertEquals(0, summary(id).automaticRestarts(), "a stop on purpose is not retried by RAS");

        asOrgUser.run(() -> bulkFilings.restart(id));
        assertTrue(summary(id).state() != BulkFilingState.INTERRUPTED,
                "issue 19: right after 再開 it shows going on, not 中断: " + summary(id).state());
        await("the restarted filing completes", () -> summary(id).state() == BulkFilingState.COMPLETED);
        assertEquals(null, summary(id).interruption());

        // Issue 19, the supervisor's screen: the clerk's 再開 made a new execution of the same instance; the first
        // one, still STOPPED, is no longer offered, and restarting it anyway is a clear refusal.
        AtomicReference<List<BatchJobs.Execution>> listed = new AtomicReference<>();
        asSupervisor.run(() -> listed.set(jobs.latest(100)));
        BatchJobs.Execution first = listed.get().stream().filter(e -> e.id() == execution).findFirst().orElseThrow();
        assertEquals(BatchStatus.STOPPED, first.status());
        assertFalse(first.restartable(), "not the latest execution of its instance");
        assertEquals("restart-" + RUN + ".xlsx", first.bulk().fileName());
        assertEquals(count, first.bulk().done(), "progress from RAS's tables");
        // the organisation's name (another IT of the suite may have made this user's organisation first)
        assertEquals(testOrganisations.name(organisation()), first.bulk().organisation());
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> asSupervisor.run(() -> jobs.restart(execution)));
        assertEquals(List.of(Violation.of("job", "jobNotRestartable", null)), refused.violations());
        assertEquals(count, summary(id).filed());
        assertTrue(summary(id).resumed(), "issue 19: the completed filing keeps the trace of its interruption");
        assertEquals(Collections.nCopies(count, 1L), data.applicationsPerPerson(persons), "each person filed once");
        for (int n = 100; n < 100 + count; n++) {
            assertEquals(1, testAccounts.mailsTo(applicantMail(n)).size(), "one mail per applicant");
        }

        // A chunk handed over again (the job died after its commit, before its checkpoint) files nothing twice.
        BulkFilingRun.Item again = new BulkFilingRun.Item(3, card(101), "Test Applicant",
                "技術・人文知識・国際業務", expiry(), null, null, List.of(), "{}");
        assertEquals(0, run.fileChunk(id, List.of(again)));
        assertEquals(Collections.nCopies(count, 1L), data.applicationsPerPerson(persons));
    }

    @Test
    @DisplayName("B2: a bulk filing whose server died mid-file is resumed once its job has been silent (at start or on"
            + " another instance of a cluster, once) and files every good row exactly once")
    void b2_killedFilingResumesExactlyOnce() throws Exception {
        int count = 20;
        List<Long> persons = persons(organisation(), 300, count);
        long id = registered("killed", 300, count);
        // The job that died had filed rows 3 to 7 (its last chunk committed, its checkpoint lost with the server).
        List<BulkFilingRun.Item> done = new ArrayList<>();
        for (int n = 300; n < 305; n++) {
            done.add(new BulkFilingRun.Item(n - 297, card(n), "Test Applicant", "技術・人文知識・国際業務", expiry(),
                    new ResidenceApplication.Form(ReEntryPermit.NONE, false, "3年", "引き続き勤務するため", true,
                            ReceiptMethod.COUNTER, false, null, applicantMail(n), Locale.JAPANESE),
                    TestApplications.photo(300), List.of(), "{}"));
        }
        assertEquals(5, run.fileChunk(id, done));
        data.markRunning(id, 987_654_321L);

        java.time.Instant now = java.time.Instant.now();
        assertThrows(EJBAccessException.class, () -> recovery.recover(now, now),
                "issue 16: through the bean only a supervisor resumes filings");
        asSupervisor.run(() -> recovery.recover(now, now.minus(java.time.Duration.ofMinutes(2))));
        assertEquals(BulkFilingState.RUNNING, summary(id).state(),
                "issue 13: a filing whose job showed a sign of life within two minutes may run on a live instance");
        assertEquals(5, summary(id).filed(), "so it is not resumed");
        AtomicInteger resumed = new AtomicInteger();
        asSupervisor.run(() -> resumed.set(recovery.recover(now, now)));
        assertTrue(resumed.get() >= 1, "RAS resumes the filing whose job fell silent");
        await("the resumed filing completes", () -> summary(id).state() == BulkFilingState.COMPLETED);
        assertEquals(count, summary(id).filed());
        assertEquals(Collections.nCopies(count, 1L), data.applicationsPerPerson(persons), "each person filed once");
        for (int n = 300; n < 300 + count; n++) {
            assertEquals(1, testAccounts.mailsTo(applicantMail(n)).size(), "one mail per applicant");
        }
    }

    @Test
    @DisplayName("AP13, B1, B2: a second row for one person is refused (AP13); the same workbook sent again is held"
            + " with a question and files nothing; discarded it is gone; filed anyway, every row is refused (AP13):"
            + " nobody is filed or mailed twice")
    void ap13_b1_sameWorkbookTwice() throws Exception {
        long organisation = organisation();
        List<Long> persons = persons(organisation, 700, 2);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(BulkWorkbooks.row(card(700), expiry(), applicantMail(700)));
        rows.add(BulkWorkbooks.row(card(701), expiry(), applicantMail(701)));
        rows.add(BulkWorkbooks.row(card(701), expiry(), applicantMail(701))); // row 5: the same person again
        byte[] workbook = BulkWorkbooks.workbook(BulkKind.EXTENSION, rows);
        byte[] zip = BulkWorkbooks.photos(List.of(card(700), card(701)));
        long first = upload(workbook, zip);
        await("the first filing completes", () -> summary(first).state() == BulkFilingState.COMPLETED);
        assertEquals(2, summary(first).filed());
        assertEquals(List.of(1L, 1L), data.applicationsPerPerson(persons));
        assertEquals(Set.of("person/AP13"), refusedRules(first), "one of the person's two rows is refused");

        long registered = data.bulkFilings();
        AtomicReference<BulkFilings.Upload> again = new AtomicReference<>();
        asOrgUser.run(() -> again.set(bulkFilings.upload("again.xlsx", new ByteArrayInputStream(workbook),
                new ByteArrayInputStream(zip))));
        assertFalse(again.get().started(), "held with a question");
        assertTrue(again.get().sentBefore() != null && again.get().sentBeforeName().startsWith("bulk-"));
        assertEquals(registered, data.bulkFilings(), "nothing registered before the answer");
        asOrgUser.run(() -> bulkFilings.discard(again.get().held()));
        assertEquals(List.of(Violation.of("file", "heldGone", "B1")), assertThrows(RuleViolationException.class,
                () -> asOrgUser.run(() -> bulkFilings.sendAnyway(again.get().held()))).violations());

        asOrgUser.run(() -> again.set(bulkFilings.upload("again.xlsx", new ByteArrayInputStream(workbook),
                new ByteArrayInputStream(zip))));
        AtomicReference<Long> second = new AtomicReference<>();
        asOrgUser.run(() -> second.set(bulkFilings.sendAnyway(again.get().held())));
        await("the second filing completes", () -> summary(second.get()).state() == BulkFilingState.COMPLETED);
        assertEquals(0, summary(second.get()).filed());
        assertEquals(Set.of("person/AP13"), refusedRules(second.get()));
        assertEquals(List.of(1L, 1L), data.applicationsPerPerson(persons), "nobody filed twice");
        assertEquals(1, testAccounts.mailsTo(applicantMail(700)).size(), "nobody mailed twice");
    }

    private Set<String> refusedRules(long id) {
        AtomicReference<List<BulkFilingService.Refused>> refused = new AtomicReference<>();
        asOrgUser.run(() -> refused.set(service.refusedRows(id, 0, 100)));
        return refused.get().stream().flatMap(r -> r.violations().stream()).map(v -> v.field() + "/" + v.rule())
                .collect(Collectors.toSet());
    }

    @Test
    @DisplayName("B2, AP8 (issue 19): filings of 200 rows, each in two partitions reading its photo ZIP (names without"
            + " the UTF-8 flag) at once, run side by side and complete without a failure")
    void b2_partitionedFilingsWithPhotos() throws Exception {
        int filings = 4;
        int rows = 200; // two partitions of 100 (ras.bulk.partitions = 2)
        List<Long> persons = persons(organisation(), 1000, filings * rows);
        List<Long> ids = new ArrayList<>();
        for (int f = 0; f < filings; f++) {
            ids.add(registered("partitioned-" + f, 1000 + f * rows, rows));
        }
        for (long id : ids) {
            jobs.startBulkFiling(id, BulkKind.EXTENSION.name(), 20);
        }
        for (long id : ids) {
            await("filing " + id + " ends", () -> summary(id).state() == BulkFilingState.COMPLETED
                    || summary(id).state() == BulkFilingState.INTERRUPTED);
            assertEquals(BulkFilingState.COMPLETED, summary(id).state());
            assertEquals(0, summary(id).automaticRestarts(), "no partition failed (a restart would hide it)");
            assertEquals(rows, summary(id).filed());
        }
        assertEquals(Collections.nCopies(filings * rows, 1L), data.applicationsPerPerson(persons));
    }

    @Test
    @DisplayName("B2 (issue 19): a job that fails mid-file (its photo ZIP read short) is restarted by RAS itself and"
            + " files every good row exactly once")
    void b2_failedFilingResumesByItself() throws Exception {
        int count = 100;
        List<Long> persons = persons(organisation(), 500, count);
        long id = registered("failing", 500, count);
        Path zip = files.photos(id);
        byte[] photos = Files.readAllBytes(zip);
        jobs.startBulkFiling(id, BulkKind.EXTENSION.name(), 2);

        await("the first rows are filed", () -> data.recordedRows(id) > 0);
        Files.write(zip, new byte[0]); // the same file, emptied under the running job: its next photo read fails
        await("the job failed and waits for RAS's restart", () -> summary(id).resuming());
        assertEquals(BulkFilingInterruption.FAILURE, summary(id).interruption());
        assertEquals(1, summary(id).automaticRestarts());
        assertTrue(data.recordedRows(id) < count, "failed mid-file");
        Files.write(zip, photos); // the fault is gone before the restart (10 s later)

        await("the filing restarted by itself completes", () -> summary(id).state() == BulkFilingState.COMPLETED);
        assertEquals(count, summary(id).filed(), "no row refused for a photo read short");
        assertEquals(Collections.nCopies(count, 1L), data.applicationsPerPerson(persons), "each person filed once");
    }

    @Test
    @DisplayName("B2 (issue 19): a job whose uploaded files are gone is not retried by RAS; it is interrupted and says"
            + " why")
    void b2_unreadableFilesWaitForAPerson() throws Exception {
        persons(organisation(), 600, 6);
        long id = registered("gone", 600, 3);
        files.delete(id);
        jobs.startBulkFiling(id, BulkKind.EXTENSION.name(), 2);
        await("the job ends", () -> summary(id).state() == BulkFilingState.INTERRUPTED || summary(id).resuming());
        assertEquals(BulkFilingState.INTERRUPTED, summary(id).state());
        assertEquals(BulkFilingInterruption.FILES, summary(id).interruption());
        assertEquals(0, summary(id).automaticRestarts());

        // Only its photo ZIP lost: not a file without photos, whose every row would be refused for AP8.
        long lostZip = registered("zip-gone", 603, 3);
        Files.delete(files.photos(lostZip));
        jobs.startBulkFiling(lostZip, BulkKind.EXTENSION.name(), 2);
        await("the job ends", () -> summary(lostZip).state() == BulkFilingState.INTERRUPTED
                || summary(lostZip).state() == BulkFilingState.COMPLETED || summary(lostZip).resuming());
        assertEquals(BulkFilingInterruption.FILES, summary(lostZip).interruption());
        assertEquals(0, data.recordedRows(lostZip), "no row refused for a photo that was sent");
    }

    @Test
    @DisplayName("B1: a file that is no workbook, or the template without rows, is refused with its reason and"
            + " changes nothing")
    void b1_badFileChangesNothing() {
        organisation();
        long before = data.bulkFilings();
        RuleViolationException notWorkbook = assertThrows(RuleViolationException.class,
                () -> upload("%PDF-1.7\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), null));
        assertEquals(List.of(Violation.of("file", "notWorkbook", "B1")), notWorkbook.violations());
        RuleViolationException empty = assertThrows(RuleViolationException.class,
                () -> upload(BulkWorkbooks.workbook(BulkKind.EXTENSION, List.of()), null));
        assertEquals(List.of(Violation.of("file", "empty", "B1")), empty.violations());
        assertEquals(before, data.bulkFilings(), "nothing registered");
    }

    @Test
    @DisplayName("B1, B2, AP8: rows sent without photos await one; a photo attached to a row files it exactly once"
            + " (two at once too) with its mails and audit entry, a bad photo gets the AP8 field error and stores"
            + " nothing, and the counts and the error workbook's rows follow")
    void b1_b2_ap8_photoAttachedAfterwardsFilesTheRowOnce() throws Exception {
        long organisation = organisation();
        List<Long> persons = persons(organisation, 400, 3);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 400; n < 403; n++) {
            rows.add(BulkWorkbooks.row(card(n), expiry(), applicantMail(n)));
        }
        rows.get(2).put(BulkColumn.NAME_ROMAN, "Someone Else"); // row 5: AP2 as well, so no photo can file it

        long id = upload(BulkWorkbooks.workbook(BulkKind.EXTENSION, rows), null);
        await("the bulk filing completes", () -> summary(id).state() == BulkFilingState.COMPLETED);
        BulkFilingService.Summary before = summary(id);
        assertEquals(List.of(0L, 3L, 2L), List.of(before.filed(), before.refused(), before.awaitingPhoto()));
        List<BulkFilingService.AwaitingPhoto> awaiting = awaitingPhoto(id);
        assertEquals(List.of(3, 4), awaiting.stream().map(BulkFilingService.AwaitingPhoto::rowNumber).toList(),
                "B1: the rows refused for their photo only (no ZIP: AP8 photoMissing)");
        assertTrue(awaiting.get(0).cellsJson().contains(card(400)), "the row as uploaded");

        // AP8: a photo too small is refused on the photo field; nothing is stored and the row still waits.
        AtomicReference<Long> filed = new AtomicReference<>();
        RuleViolationException small = attach(id, 3, TestApplications.photo(150), filed);
        assertEquals(List.of(Violation.of("photo", "photoTooSmall", "AP8")), small.violations());
        assertEquals(List.of(0L, 0L, 0L), data.applicationsPerPerson(persons));
        assertEquals(0, testAccounts.mailsTo(applicantMail(400)).size());
        assertEquals(2, awaitingPhoto(id).size());

        // Two attachments to the same row at once: one files it, the other finds it filed.
        int userMails = testAccounts.mailsTo("it-org-user@example.jp").size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<AtomicReference<Long>> ids = List.of(new AtomicReference<>(), new AtomicReference<>());
        List<Future<RuleViolationException>> outcomes = new ArrayList<>();
        try {
            for (AtomicReference<Long> each : ids) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return attach(id, 3, TestApplications.photo(300), each);
                }));
            }
            start.countDown();
            List<RuleViolationException> refusals = new ArrayList<>();
            for (Future<RuleViolationException> outcome : outcomes) {
                RuleViolationException e = outcome.get(60, TimeUnit.SECONDS);
                if (e != null) {
                    refusals.add(e);
                }
            }
            assertEquals(1, refusals.size(), "exactly one of the two files the row");
            assertEquals(List.of(Violation.of("row", "rowFiledAlready", "B1")), refusals.get(0).violations());
        } finally {
            pool.shutdownNow();
        }
        long applicationId = ids.get(0).get() != null ? ids.get(0).get() : ids.get(1).get();
        assertEquals(List.of(1L, 0L, 0L), data.applicationsPerPerson(persons), "filed exactly once");
        assertEquals(1, testAccounts.mailsTo(applicantMail(400)).size(), "RN1: the applicant is mailed once");
        assertEquals(userMails + 1, testAccounts.mailsTo("it-org-user@example.jp").size(), "and the user once");
        assertEquals(List.of("APPLICATION_FILED"), data.auditActionsOf("application:" + applicationId));

        RuleViolationException again = attach(id, 3, TestApplications.photo(300), filed);
        assertEquals(List.of(Violation.of("row", "rowFiledAlready", "B1")), again.violations(), "never twice");
        RuleViolationException mismatch = attach(id, 5, TestApplications.photo(300), filed);
        assertEquals(List.of(Violation.of("row", "rowNotAwaitingPhoto", "B1")), mismatch.violations());
        assertEquals(List.of(1L, 0L, 0L), data.applicationsPerPerson(persons));

        BulkFilingService.Summary after = summary(id);
        assertEquals(List.of(1L, 2L, 1L), List.of(after.filed(), after.refused(), after.awaitingPhoto()));
        AtomicReference<List<BulkFilingService.Refused>> refused = new AtomicReference<>();
        asOrgUser.run(() -> refused.set(service.refusedRows(id, 0, 100)));
        assertEquals(List.of(4, 5), refused.get().stream().map(BulkFilingService.Refused::rowNumber).toList(),
                "B2: the row filed afterwards is no longer in the error workbook");
    }
}
