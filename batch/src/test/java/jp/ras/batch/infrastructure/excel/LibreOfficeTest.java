package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B1 with LibreOffice Calc, the office suite many users have instead of Excel: a CSV converted to xlsx and the POI
 * template saved again by Calc read as the same rows as the POI-made workbook. Without {@code libreoffice} or
 * {@code soffice} on the PATH the tests are skipped, unless CI is set or RAS_REQUIRE_LIBREOFFICE=true
 * (or -Dras.requireLibreOffice=true): then they fail. bin/setup-test-tools installs Debian's libreoffice-calc.
 */
class LibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 120;

    private static Path office;

    @TempDir
    Path dir;

    @BeforeAll
    static void findLibreOffice() {
        office = Stream.of("libreoffice", "soffice").map(LibreOfficeTest::onPath).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /** Each test is skipped (reported as such) or, where LibreOffice is required, fails. */
    @BeforeEach
    void requireLibreOffice() {
        if (office == null) {
            boolean required = System.getenv("CI") != null && !System.getenv("CI").isBlank()
                    || "true".equalsIgnoreCase(System.getenv("RAS_REQUIRE_LIBREOFFICE"))
                    || "true".equalsIgnoreCase(System.getProperty("ras.requireLibreOffice"));
            if (required) {
                fail("LibreOffice (libreoffice or soffice) is not on the PATH; run bin/setup-test-tools");
            }
            Assumptions.abort("LibreOffice is not on the PATH (set CI or RAS_REQUIRE_LIBREOFFICE=true to require it)");
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)).filter(Files::isExecutable)
                .findFirst();
    }

    /** Converts a file to xlsx in its own profile and HOME, with a timeout; returns the converted file. */
    private Path convert(Path file, String... filterOptions) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path out = Files.createDirectories(dir.resolve("out-" + file.getFileName()));
        List<String> command = new ArrayList<>(List.of(office.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nolockcheck"));
        command.addAll(List.of(filterOptions));
        command.addAll(List.of("--convert-to", "xlsx", "--outdir", out.toString(), file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice-" + file.getFileName() + ".log").toFile());
        builder.environment().put("HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("LibreOffice did not convert " + file + " within " + TIMEOUT_SECONDS + " s");
        }
        String log = Files.readString(dir.resolve("soffice-" + file.getFileName() + ".log"));
        System.out.printf("LibreOffice converted %s in %.1f s%n", file.getFileName(), (System.nanoTime() - start) / 1e9);
        String name = file.getFileName().toString();
        Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
        assertEquals(0, process.exitValue(), log);
        assertTrue(Files.isRegularFile(converted), "no xlsx: " + log);
        return converted;
    }

    private static List<Map<String, Object>> rows() {
        return List.of(Fixtures.extensionRow(1), Fixtures.extensionRow(2), Fixtures.extensionRow(3));
    }

    @Test
    @DisplayName("B1: a CSV of the template's columns, converted to xlsx by LibreOffice, reads as the POI workbook's rows")
    void csvConverted() throws Exception {
        Path poi = Fixtures.filled(dir, "poi.xlsx", Fixtures.template(), BulkKind.EXTENSION, rows());
        StringBuilder csv = new StringBuilder(Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, true)))
                .append(Fixtures.csvLine(Fixtures.headers(BulkKind.EXTENSION, false)));
        rows().forEach(r -> csv.append(Fixtures.csvLine(Fixtures.fields(BulkKind.EXTENSION, r))));
        Path file = Files.writeString(dir.resolve("rows.csv"), csv, StandardCharsets.UTF_8);
        // comma, double quote, UTF-8 (76), from line 1
        Path converted = convert(file, "--infilter=CSV:44,34,76,1");
        List<BulkRow> expected = Fixtures.readAll(poi, BulkLimits.defaults());
        assertEquals(3, expected.size());
        assertEquals(expected, Fixtures.readAll(converted, BulkLimits.defaults()));
    }

    @Test
    @DisplayName("B1, Q37: the POI template, filled and saved again by LibreOffice, keeps its marker and its rows")
    void templateRoundTrip() throws Exception {
        Path poi = Fixtures.filled(dir, "filled.xlsx", Fixtures.template(), BulkKind.EXTENSION, rows());
        Path converted = convert(poi);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(converted)))) {
            int marker = workbook.getSheetIndex(SheetLayout.MARKER_SHEET);
            assertTrue(marker >= 0, "the marker sheet survives");
            assertTrue(workbook.getSheetVisibility(marker) != SheetVisibility.VISIBLE, "and stays hidden: "
                    + workbook.getSheetVisibility(marker));
            assertEquals(BulkTemplate.VERSION, workbook.getSheetAt(marker).getRow(0).getCell(1).getStringCellValue());
            System.out.println("marker after LibreOffice: " + workbook.getSheetVisibility(marker)
                    + "; validations on the extension sheet: "
                    + workbook.getSheet(BulkKind.EXTENSION.sheetName()).getDataValidations().size());
        }
        assertEquals(Fixtures.readAll(poi, BulkLimits.defaults()), Fixtures.readAll(converted, BulkLimits.defaults()));
        // an old template stays old after LibreOffice
        Path old = dir.resolve("old.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(poi))) {
            workbook.getSheet(SheetLayout.MARKER_SHEET).getRow(0).getCell(1).setCellValue("2025.1");
            try (var out = Files.newOutputStream(old)) {
                workbook.write(out);
            }
        }
        Path oldConverted = convert(old);
        assertEquals("oldTemplate", org.junit.jupiter.api.Assertions.assertThrows(BulkFileException.class,
                () -> BulkFile.open(oldConverted, BulkLimits.defaults())).key());
    }

}
