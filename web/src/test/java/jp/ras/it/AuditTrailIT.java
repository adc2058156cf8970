package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import jp.ras.application.AuditChainVerification;
import jp.ras.application.AuditTrailService;
import jp.ras.domain.model.audit.AuditChain;
import jp.ras.infrastructure.persistence.AuditRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18: the audit trail's hash chain in the container, on the test database: entries written at once by many
 * transactions form one unbroken chain; a row changed, deleted or inserted with plain SQL is found (and each test
 * puts the row back, so the shared database keeps an intact chain); the daily job mails the supervisors; only
 * supervisors search and verify.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String RUN = TestRun.newId();

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("audit-trail-it")
                .addClasses(AuditTrailTestData.class, BatchJobsTestData.class, TestRun.class, AsSupervisor.class,
                        AsOrgUser.class, AsAgent.class, Deployments.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private AuditTrailTestData data;

    @Inject
    private BatchJobsTestData jobs;

    @Inject
    private AuditTrailService service;

    @Inject
    private AsSupervisor asSupervisor;

    @Inject
    private AsOrgUser asOrgUser;

    private AuditChainVerification.Result verify() {
        AtomicReference<AuditChainVerification.Result> result = new AtomicReference<>();
        asSupervisor.run(() -> result.set(service.verify()));
        return result.get();
    }

    @Test
    @DisplayName("SE1 audit chain: 8 writers at once make one chain without gaps, and it verifies intact")
    void concurrentWritersMakeOneChain() throws Exception {
        String prefix = "chain-" + RUN + "-";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> written = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                written.add(pool.submit(() -> data.record("IT" + (n % 8), prefix + n, "writer " + (n % 8))));
            }
            for (Future<Long> f : written) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> places = data.places(prefix);
        assertEquals(80, places.size());
        assertEquals(80, places.stream().distinct().count(), "no two entries share a place: " + places);
        AuditChainVerification.Result result = verify();
        assertTrue(result.intact(), () -> "broken: " + result.broken());
        assertTrue(result.checked() >= 80);
    }

    @Test
    @DisplayName("SE1 audit chain: a detail changed in the database is found at its entry; put back, the chain is intact")
    void changedRowIsFound() {
        long id = data.record("IT-CHANGE", "change-" + RUN, "the original detail");
        String original = data.detail(id);
        data.setDetail(id, "a forged detail");
        try {
            AuditChainVerification.Result result = verify();
            assertFalse(result.intact());
            assertEquals(AuditChain.Reason.CHANGED, result.broken().reason());
            assertEquals(id, result.broken().id());
        } finally {
            data.setDetail(id, original);
        }
        assertTrue(verify().intact());
    }

    @Test
    @DisplayName("SE1 audit chain: a deleted row is found as missing, and the daily job mails every supervisor")
    void deletedRowIsFoundAndMailed() throws Exception {
        data.supervisor(TestRun.id("AS", RUN)); // whoever else the shared test database holds
        long id = data.record("IT-DELETE", "delete-" + RUN, "to be deleted");
        data.record("IT-DELETE", "delete-after-" + RUN, "the next entry");
        Object[] row = data.row(id);
        long lastMail = data.lastMailId();
        data.delete(id);
        try {
            AuditChainVerification.Result result = verify();
            assertFalse(result.intact());
            assertEquals(AuditChain.Reason.MISSING, result.broken().reason());
            assertNull(result.broken().id());

            AtomicReference<String> steps = new AtomicReference<>();
            asSupervisor.run(() -> {
                try {
                    long execution = jobs.start("expiry-reminders", LocalDate.of(1999, 1, 5));
                    String status = jobs.awaitEnd(execution, 60);
                    steps.set(status + " " + jobs.stepExitStatuses(execution));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(steps.get().startsWith("COMPLETED"), steps.get());
            assertTrue(steps.get().contains("audit-chain: BROKEN at "), steps.get());
            assertTrue(data.mailsSince("audit-chain-broken", lastMail) >= 1, "the supervisors were mailed");
        } finally {
            data.insert(row);
        }
        assertTrue(verify().intact());
    }

    @Test
    @DisplayName("SE1 audit trail: supervisors search by who and what, sorted in the database; others may not")
    void searchIsForSupervisors() {
        data.record("IT-SEARCH-" + RUN, "search-" + RUN, "found by its actor");
        AuditTrailService.Filter filter = new AuditTrailService.Filter("it-search-" + RUN.toLowerCase(),
                "LOGIN_SUCCESS", "search-", null, null, null);
        AtomicReference<AuditTrailService.Page> page = new AtomicReference<>();
        asSupervisor.run(() -> page.set(service.page(filter, 0, 10, AuditRepository.Sort.ACTOR, true)));
        assertEquals(1, page.get().total());
        assertEquals("search-" + RUN, page.get().rows().get(0).target());
        assertThrows(EJBAccessException.class, () -> asOrgUser.run(() -> service.page(filter, 0, 10,
                AuditRepository.Sort.OCCURRED_AT, false)));
        assertThrows(EJBAccessException.class, () -> asOrgUser.run(() -> service.verify()));
    }
}
