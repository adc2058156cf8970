package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * bench/sweep: times the periodic-report-sweep job over RAS_BENCH_SWEEP_ORGS organisations on PostgreSQL. Not an
 * IT (the name does not end in IT): run only by bench/sweep/run, which sets the database and the count.
 */
@ExtendWith(ArquillianExtension.class)
class SweepBench {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("sweep-bench")
                .addClasses(SweepBenchData.class, BatchJobsTestData.class, AsOrgUser.class, AsAgent.class,
                        AsSupervisor.class, Deployments.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private SweepBenchData data;

    @Inject
    private BatchJobsTestData jobs;

    @Inject
    private AsSupervisor asSupervisor;

    @Test
    @DisplayName("PR5, PR7: the partitioned sweep over the benchmark's organisations, timed")
    void pr5_sweepBenchmark() {
        String count = System.getenv("RAS_BENCH_SWEEP_ORGS");
        assumeTrue(count != null && System.getenv("RAS_DB_URL") != null, "run by bench/sweep/run on PostgreSQL");
        int organisations = Integer.parseInt(count);
        long seedStart = System.nanoTime();
        data.seed(organisations);
        System.out.printf("SWEEP seeded %d organisations and users in %.1f s%n", organisations,
                (System.nanoTime() - seedStart) / 1e9);
        long outboxBefore = data.count("select count(*) from outbox_mail");

        AtomicReference<String> status = new AtomicReference<>();
        AtomicReference<List<String>> steps = new AtomicReference<>();
        AtomicLong execution = new AtomicLong();
        long start = System.nanoTime();
        asSupervisor.run(() -> {
            try {
                execution.set(jobs.start("periodic-report-sweep", LocalDate.of(2030, 4, 1)));
                status.set(jobs.awaitEnd(execution.get(), 600));
                steps.set(jobs.stepExitStatuses(execution.get()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        double wall = (System.nanoTime() - start) / 1e9;
        JobExecution done = BatchRuntime.getJobOperator().getJobExecution(execution.get());
        double job = Duration.between(done.getStartTime().toInstant(), done.getEndTime().toInstant()).toMillis()
                / 1000.0;
        long mails = data.count("select count(*) from outbox_mail") - outboxBefore;
        System.out.printf("SWEEP %d organisations, partitions %s: job %.1f s (start to end), %.1f s wall;"
                + " %s; %d mails queued%n", organisations, System.getenv().getOrDefault(
                        "RAS_BATCH_SWEEP_PARTITIONS", "4 (default)"), job, wall, steps.get(), mails);
        assertTrue(status.get().startsWith("COMPLETED"), status.get());
        int resumed = organisations / 10;
        assertEquals(List.of("sweep: SUSPENDED=" + (organisations - resumed) + " RESUMED=" + resumed), steps.get());
        assertEquals(organisations, mails);
    }
}
