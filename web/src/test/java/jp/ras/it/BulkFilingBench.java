package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.ras.application.BulkFilingService;
import jp.ras.batch.application.BatchJobs;
import jp.ras.batch.infrastructure.excel.BulkColumn;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.bulk.BulkFilingState;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * bench/bulk: files RAS_BENCH_BULK_ROWS generated rows (with a photo each) through the bulk-filing job on
 * PostgreSQL and prints rows per second and the heap. Not an IT (the name does not end in IT): run only by
 * bench/bulk/run.
 */
@ExtendWith(ArquillianExtension.class)
class BulkFilingBench {

    private static final String USER = "it-org-user";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("bulk-bench")
                .addClasses(BulkBenchData.class, BulkWorkbooks.class, TestOrganisations.class, TestApplications.class,
                        AsOrgUser.class, AsAgent.class, AsSupervisor.class, Deployments.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private BulkBenchData data;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private BulkFilingService service;

    @Inject
    private BatchJobs jobs;

    @Inject
    private BulkFilingFiles files;

    @Inject
    private AsOrgUser asOrgUser;

    @Test
    @DisplayName("B1, B2: a bulk filing of the benchmark's rows, timed, with its heap")
    void b2_bulkFilingBenchmark() throws Exception {
        String count = System.getenv("RAS_BENCH_BULK_ROWS");
        assumeTrue(count != null && System.getenv("RAS_DB_URL") != null, "run by bench/bulk/run on PostgreSQL");
        int rows = Integer.parseInt(count);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate expiry = today.plusMonths(2);
        long seedStart = System.nanoTime();
        long organisation = organisations.organisation("BENCH 一括", today.plusYears(2), "BZ00000000BZ");
        organisations.user(USER, Role.ORG_USER, organisation, "bench-user@example.jp", "bench-password-2026");
        for (int from = 0; from < rows; from += 5000) {
            data.persons(organisation, from, Math.min(rows, from + 5000), expiry, today);
        }
        Path workbook = Files.createTempFile("bulk-bench", ".xlsx");
        Path photos = Files.createTempFile("bulk-bench", ".zip");
        writeWorkbook(workbook, rows, expiry);
        writePhotos(photos, rows);
        System.out.printf("BULK seeded %d persons, workbook %.1f MB, photos %.1f MB in %.1f s%n", rows,
                Files.size(workbook) / 1e6, Files.size(photos) / 1e6, (System.nanoTime() - seedStart) / 1e9);

        AtomicReference<Long> id = new AtomicReference<>();
        asOrgUser.run(() -> id.set(service.register("bench.xlsx", BulkKind.EXTENSION.name(), rows, true, null, false)
                .id()));
        files.keep(id.get(), workbook, photos);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong maxAfterGc = new AtomicLong();
        long start = System.nanoTime();
        jobs.startBulkFiling(id.get(), BulkKind.EXTENSION.name(), 100);
        AtomicReference<BulkFilingService.Summary> summary = new AtomicReference<>();
        do {
            Thread.sleep(250);
            asOrgUser.run(() -> summary.set(service.mine(id.get())));
            long afterGc = heap.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                    : p.getCollectionUsage().getUsed()).sum();
            maxAfterGc.accumulateAndGet(afterGc, Math::max);
        } while (summary.get().state() == BulkFilingState.RUNNING || summary.get().state() == BulkFilingState.QUEUED);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("BULK %d rows: %s in %.1f s = %.0f rows/s; filed %d, refused %d;"
                + " heap peak %.0f MB, largest live heap after a GC %.0f MB (max heap %.0f MB)%n", rows,
                summary.get().state(), seconds, rows / seconds, summary.get().filed(), summary.get().refused(),
                peak / 1e6, maxAfterGc.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        assertEquals(rows, summary.get().filed());
    }

    private static void writeWorkbook(Path file, int rows, LocalDate expiry) throws IOException {
        List<BulkColumn> columns = BulkKind.EXTENSION.columns();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(BulkKind.EXTENSION.sheetName());
            Row ja = sheet.createRow(0);
            Row en = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                ja.createCell(c).setCellValue(columns.get(c).headerJa());
                en.createCell(c).setCellValue(columns.get(c).headerEn());
            }
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 2);
                var values = BulkWorkbooks.row(BulkBenchData.card(r), expiry, "bench-" + r + "@example.jp");
                values.put(BulkColumn.NAME_ROMAN, "Bench Applicant");
                values.put(BulkColumn.STAY_EXPIRY, expiry.toString());
                for (int c = 0; c < columns.size(); c++) {
                    Object value = values.get(columns.get(c).key());
                    if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writePhotos(Path file, int rows) throws IOException {
        byte[] photo = TestApplications.photo(300);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(1);
            for (int r = 0; r < rows; r++) {
                zip.putNextEntry(new ZipEntry(BulkBenchData.card(r) + ".jpg"));
                zip.write(photo);
                zip.closeEntry();
            }
        }
    }
}
