package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B1, B2: files that are not a bulk file are refused as a whole, each with its message key. */
class BulkFileBadFilesTest {

    @TempDir
    Path dir;

    private BulkFileException refused(Path file) {
        return refused(file, BulkLimits.defaults());
    }

    private BulkFileException refused(Path file, BulkLimits limits) {
        return assertThrows(BulkFileException.class, () -> BulkFile.open(file, limits).close());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path filled(String name, List<Map<String, Object>> rows) throws Exception {
        return Fixtures.filled(dir, name, Fixtures.template(), BulkKind.EXTENSION, rows);
    }

    /** The template, changed by {@code edit} before rows are filled in. */
    private Path edited(String name, java.util.function.Consumer<XSSFWorkbook> edit) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.template()));
                OutputStream out = Files.newOutputStream(file)) {
            edit.accept(workbook);
            Fixtures.fill(workbook.getSheet(BulkKind.EXTENSION.sheetName()), BulkKind.EXTENSION,
                    List.of(Fixtures.extensionRow(1)), 2);
            workbook.write(out);
        }
        return file;
    }

    @Test
    @DisplayName("B1: a PDF, a PNG or a plain text renamed .xlsx is notWorkbook (known by content, not name)")
    void notWorkbook() throws Exception {
        assertEquals("notWorkbook", refused(write("a.xlsx", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII))).key());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("notWorkbook", refused(write("b.xlsx", png)).key());
        assertEquals("notWorkbook", refused(write("c.csv", "Dear officer\nplease file these\n"
                .getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("notWorkbook", refused(write("d.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7})).key());
        try (HSSFWorkbook xls = new HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            xls.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("old format");
            xls.write(out);
            assertEquals("notWorkbook", refused(write("e.xls", out.toByteArray())).key());
        }
    }

    @Test
    @DisplayName("B1: a workbook of another layout (no marker) is otherTemplate")
    void otherLayout() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("在留カード番号");
            sheet.createRow(1).createCell(0).setCellValue("AB12345678CD");
            workbook.write(out);
        }
        assertEquals("otherTemplate", refused(file).key());
    }

    @Test
    @DisplayName("B1: the template with a header changed, or a foreign marker, is otherTemplate")
    void changedHeaders() throws Exception {
        assertEquals("otherTemplate", refused(edited("headers.xlsx", w -> w.getSheet(BulkKind.EXTENSION.sheetName())
                .getRow(0).getCell(5).setCellValue("期間"))).key());
        assertEquals("otherTemplate", refused(edited("marker.xlsx", w -> w.getSheet(SheetLayout.MARKER_SHEET)
                .getRow(0).getCell(0).setCellValue("someone-else"))).key());
        assertEquals("otherTemplate", refused(edited("newer.xlsx", w -> w.getSheet(SheetLayout.MARKER_SHEET)
                .getRow(0).getCell(1).setCellValue("2099.1"))).key());
    }

    @Test
    @DisplayName("B1: the template of an older version is oldTemplate, naming both versions")
    void oldTemplate() throws Exception {
        BulkFileException e = refused(edited("old.xlsx", w -> w.getSheet(SheetLayout.MARKER_SHEET).getRow(0)
                .getCell(1).setCellValue("2025.3")));
        assertEquals("oldTemplate", e.key());
        assertEquals(List.of("2025.3", BulkTemplate.VERSION), Arrays.asList(e.args()));
    }

    @Test
    @DisplayName("B2: a password-protected xlsx (agile encryption in an OLE2 container) is passwordProtected")
    void passwordProtected() throws Exception {
        Path plain = filled("plain.xlsx", List.of(Fixtures.extensionRow(1)));
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("passwordProtected", refused(file).key());
    }

    @Test
    @DisplayName("B2: a zip bomb (a sheet XML of 300 MB of spaces) is zipBomb, found without inflating it all")
    void zipBomb() throws Exception {
        Path plain = filled("plain.xlsx", List.of(Fixtures.extensionRow(1)));
        Path bomb = dir.resolve("bomb.xlsx");
        String sheet = "xl/worksheets/sheet2.xml";
        try (ZipFile zip = new ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] xml = in.readAllBytes();
                    if (entry.getName().equals(sheet)) {
                        String text = new String(xml, StandardCharsets.UTF_8);
                        int at = text.indexOf("<sheetData>") + "<sheetData>".length();
                        out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1 << 20];
                        Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < 300; i++) {
                            out.write(spaces);
                        }
                        out.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(xml);
                    }
                }
                out.closeEntry();
            }
        }
        System.out.printf("zip bomb: %d bytes on disk%n", Files.size(bomb));
        assertEquals("zipBomb", refused(bomb).key());
        // the total bound alone: an honest workbook over a tiny allowance
        assertEquals("zipBomb", refused(plain, BulkLimits.defaults().withMaxInflatedBytes(10_000)).key());
    }

    @Test
    @DisplayName("B2: a formula cell gives its cached value (=1+1 → 2), a formula without one gives nothing")
    void formulas() throws Exception {
        Path file = dir.resolve("formula.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.template()));
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.getSheet(BulkKind.EXTENSION.sheetName());
            Fixtures.fill(sheet, BulkKind.EXTENSION, List.of(Fixtures.extensionRow(1)), 2);
            Row row = sheet.getRow(2);
            Cell cached = row.createCell(5); // desiredPeriod
            cached.setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cached);
            Cell uncached = row.createCell(9); // kanjiName
            uncached.setCellFormula("A1&\"x\"");
            workbook.write(out);
        }
        try (var zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertEquals(true, xml.contains("<f>1+1</f><v>2"), "the cached value is in the file");
            assertEquals(true, xml.contains("<f>A1&amp;\"x\"</f></c>"), "no cached value in the file");
        }
        BulkRow row = Fixtures.readAll(file, BulkLimits.defaults()).get(0);
        assertEquals("2", row.value(BulkColumn.DESIRED_PERIOD));
        assertEquals("", row.value(BulkColumn.KANJI_NAME));
    }

    @Test
    @DisplayName("B2: more data rows than the limit is tooManyRows")
    void tooManyRows() throws Exception {
        Path file = filled("five.xlsx", List.of(Fixtures.extensionRow(1), Fixtures.extensionRow(2),
                Fixtures.extensionRow(3), Fixtures.extensionRow(4), Fixtures.extensionRow(5)));
        assertEquals("tooManyRows", refused(file, BulkLimits.defaults().withMaxRows(4)).key());
        assertEquals(5, Fixtures.readAll(file, BulkLimits.defaults().withMaxRows(5)).size());
    }

    @Test
    @DisplayName("B2: a 0-byte file is an empty file (fileEmpty); the template without rows has no rows (empty)")
    void empty() throws Exception {
        assertEquals("fileEmpty", refused(write("zero.xlsx", new byte[0])).key());
        assertEquals("empty", refused(write("template.xlsx", Fixtures.template())).key());
        assertEquals("empty", refused(filled("blank.xlsx", List.of(Map.of(BulkColumn.REASON, " ")))).key());
    }

    @Test
    @DisplayName("B1: rows on both kinds' sheets are mixedKinds")
    void mixedKinds() throws Exception {
        Path file = dir.resolve("mixed.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.template()));
                OutputStream out = Files.newOutputStream(file)) {
            Fixtures.fill(workbook.getSheet(BulkKind.EXTENSION.sheetName()), BulkKind.EXTENSION,
                    List.of(Fixtures.extensionRow(1)), 2);
            Fixtures.fill(workbook.getSheet(BulkKind.EXTENSION_WITH_PERMITS.sheetName()),
                    BulkKind.EXTENSION_WITH_PERMITS, List.of(Fixtures.permitsRow(2)), 2);
            workbook.write(out);
        }
        assertEquals("mixedKinds", refused(file).key());
    }

    @Test
    @DisplayName("B1: rows only on the permits sheet make a file of that kind")
    void permitsKind() throws Exception {
        Path file = Fixtures.filled(dir, "permits.xlsx", Fixtures.template(), BulkKind.EXTENSION_WITH_PERMITS,
                List.of(Fixtures.permitsRow(1)));
        try (BulkFile bulk = BulkFile.open(file, BulkLimits.defaults())) {
            assertEquals(BulkKind.EXTENSION_WITH_PERMITS, bulk.kind());
            Map<String, String> values = bulk.next().values();
            assertEquals(new LinkedHashMap<>(Fixtures.expected(Fixtures.permitsRow(1))), values);
        }
    }

    @Test
    @DisplayName("B2: a file over the byte limit is tooLarge")
    void tooLarge() throws Exception {
        Path file = filled("large.xlsx", List.of(Fixtures.extensionRow(1)));
        BulkFileException e = refused(file, BulkLimits.defaults().withMaxBytes(1000));
        assertEquals("tooLarge", e.key());
        assertEquals(List.of(1000L), Arrays.asList(e.args()));
    }
}
