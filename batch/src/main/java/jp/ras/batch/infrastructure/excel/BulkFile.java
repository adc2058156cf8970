package jp.ras.batch.infrastructure.excel;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An uploaded bulk file (B1, B2), read one row at a time so that memory stays flat for 100 000 rows. It is one of:
 * <ul>
 * <li>RAS's template (xlsx with the hidden marker sheet of the current {@link BulkTemplate#VERSION}): each kind's
 * sheet by name, row 1 Japanese and row 2 English headers, data from row 3;</li>
 * <li>a UTF-8 CSV (the 2026 system's format), its first line one kind's headers in Japanese or English (a second
 * header line, as the template saved as CSV has, is skipped), data from the next line;</li>
 * <li>an xlsx without a marker laid out as that CSV (a CSV opened and saved as xlsx): sheets whose row 1 is one
 * kind's headers. A foreign or old marker is refused, never passed over.</li>
 * </ul>
 * {@link #open} tells which by content, never by file name, checks the whole file (size, zip bomb, encryption,
 * marker, headers, one kind only, row count) and leaves it before the first data row; {@link #next} then pulls rows
 * and {@link #skipTo} resumes a restarted job. Cells to the right of the kind's columns (the error workbook's row
 * number and error columns) are not read. Not thread-safe.
 */
public final class BulkFile implements AutoCloseable {

    /** Where the rows come from: a worksheet or a CSV text. */
    private interface Rows extends Closeable {
        /** The next non-blank data row, or null. */
        BulkRow next() throws IOException;

        /** Passes over the next non-blank data row as {@link #next} would, without its values; false after the last. */
        default boolean skip() throws IOException {
            return next() != null;
        }
    }

    private final BulkKind kind;
    private final int rowCount;
    private final Rows rows;
    private final Closeable container;
    private BulkRow peeked;
    private int lastReturned;

    private BulkFile(BulkKind kind, int rowCount, Rows rows, Closeable container) {
        this.kind = kind;
        this.rowCount = rowCount;
        this.rows = rows;
        this.container = container;
    }

    /**
     * Opens and checks an upload.
     *
     * @throws BulkFileException with the key of what is wrong with the file as a whole (see its constants)
     */
    public static BulkFile open(Path file, BulkLimits limits) throws BulkFileException {
        return open(file, limits, true);
    }

    /**
     * Opens a file that {@link #open} accepted before, to read its rows: its form is checked the same way, but its
     * rows are not counted ({@link #rowCount} is then -1), which spares a job a whole pass over a large file.
     */
    public static BulkFile reopen(Path file, BulkLimits limits) throws BulkFileException {
        return open(file, limits, false);
    }

    private static BulkFile open(Path file, BulkLimits limits, boolean counting) throws BulkFileException {
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw new BulkFileException(BulkFileException.FILE_EMPTY);
            }
            if (size > limits.maxBytes()) {
                throw new BulkFileException(BulkFileException.TOO_LARGE, limits.maxBytes());
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            throw new BulkFileException(e, BulkFileException.NOT_WORKBOOK);
        }
        return switch (magic) {
            case OOXML -> Xlsx.open(file, limits, counting);
            case OLE2 -> throw ole2(file);
            case UNKNOWN -> Csv.open(file, limits, counting);
            default -> throw new BulkFileException(BulkFileException.NOT_WORKBOOK, magic.name());
        };
    }

    /** An OLE2 file is an encrypted OOXML when it holds EncryptionInfo; otherwise an old .xls (or .doc…). */
    private static BulkFileException ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new BulkFileException(BulkFileException.PASSWORD_PROTECTED);
            }
            return new BulkFileException(BulkFileException.NOT_WORKBOOK, "OLE2");
        } catch (IOException | RuntimeException e) {
            return new BulkFileException(e, BulkFileException.NOT_WORKBOOK, "OLE2");
        }
    }

    /** The kind of procedure the file holds (B1: exactly one). */
    public BulkKind kind() {
        return kind;
    }

    /** The number of data rows, counted by {@link #open} (-1 after {@link #reopen}). */
    public int rowCount() {
        return rowCount;
    }

    /** The next non-blank data row, or null after the last. */
    public BulkRow next() throws BulkFileException {
        BulkRow row = peeked != null ? peeked : pull();
        peeked = null;
        if (row != null) {
            lastReturned = row.rowNumber();
        }
        return row;
    }

    /**
     * Restart: positions so that {@link #next} returns the first data row numbered {@code rowNumber} or later.
     *
     * @throws IllegalStateException when a row at or after {@code rowNumber} was already returned
     */
    public void skipTo(int rowNumber) throws BulkFileException {
        if (lastReturned >= rowNumber) {
            throw new IllegalStateException("row " + lastReturned + " already read, cannot go back to " + rowNumber);
        }
        while (true) {
            BulkRow row = peeked != null ? peeked : pull();
            peeked = row;
            if (row == null || row.rowNumber() >= rowNumber) {
                return;
            }
            peeked = null;
        }
    }

    /**
     * Passes over the next {@code count} data rows (those {@link #next} would return) without building their values;
     * returns how many there were.
     */
    public int skip(int count) throws BulkFileException {
        int skipped = 0;
        try {
            while (skipped < count) {
                if (peeked != null) {
                    lastReturned = peeked.rowNumber();
                    peeked = null;
                } else if (!rows.skip()) {
                    break;
                }
                skipped++;
            }
        } catch (IOException e) {
            throw new BulkFileException(e, BulkFileException.NOT_WORKBOOK);
        }
        return skipped;
    }

    private BulkRow pull() throws BulkFileException {
        try {
            return rows.next();
        } catch (IOException e) {
            throw new BulkFileException(e, BulkFileException.NOT_WORKBOOK);
        }
    }

    @Override
    public void close() {
        try (container; rows) {
            // both closed, the rows first
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }

    private static Map<String, String> values(BulkKind kind, List<String> cells) {
        List<BulkColumn> columns = kind.columns();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i).key(), i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "");
        }
        return values;
    }

    private static boolean headersMatch(List<String> cells, BulkKind kind, boolean japanese) {
        List<BulkColumn> columns = kind.columns();
        if (cells.size() < columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            String header = japanese ? columns.get(i).headerJa() : columns.get(i).headerEn();
            if (cells.get(i) == null || !cells.get(i).strip().equals(header)) {
                return false;
            }
        }
        return true;
    }

    /** The xlsx side: POI's OPC package and XSSFReader for the parts, StAX for the sheets. */
    private static final class Xlsx {

        static BulkFile open(Path file, BulkLimits limits, boolean counting) throws BulkFileException {
            ZipGuard.check(file, limits, BulkFileException.NOT_WORKBOOK);
            OPCPackage pkg = null;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFReader reader = new XSSFReader(pkg);
                List<PackagePart> stringParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
                List<String> strings = stringParts.isEmpty() ? List.of()
                        : XlsxSheetReader.sharedStrings(stringParts.get(0).getInputStream());
                StylesTable styles = reader.getStylesTable();
                boolean date1904 = date1904(reader);
                Map<String, PackagePart> allSheets = new LinkedHashMap<>();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    sheets.next().close();
                    allSheets.put(sheets.getSheetName(), sheets.getSheetPart());
                }
                Sources sources = new Sources(strings, styles, date1904);
                List<Plan> plans = new ArrayList<>();
                PackagePart marker = allSheets.get(SheetLayout.MARKER_SHEET);
                if (marker != null) {
                    // RAS's template: the marker's version, then each kind's sheet by name with its two header rows
                    checkMarker(marker, sources);
                    for (BulkKind kind : BulkKind.values()) {
                        PackagePart part = allSheets.get(kind.sheetName());
                        if (part != null) {
                            plans.add(templateSheet(kind, part, sources, limits, counting));
                        }
                    }
                } else {
                    // No marker: a sheet laid out as the CSV is (a CSV saved as xlsx), its first row one kind's headers
                    for (PackagePart part : allSheets.values()) {
                        Plan plan = headedSheet(part, sources, limits, counting);
                        if (plan != null) {
                            plans.add(plan);
                        }
                    }
                }
                if (plans.isEmpty()) {
                    throw new BulkFileException(BulkFileException.OTHER_TEMPLATE);
                }
                List<Plan> withData = plans.stream().filter(p -> p.rows() > 0).toList();
                if (withData.isEmpty()) {
                    throw new BulkFileException(BulkFileException.EMPTY);
                }
                if (withData.size() > 1) {
                    throw new BulkFileException(BulkFileException.MIXED_KINDS);
                }
                Plan plan = withData.get(0);
                BulkKind kind = plan.kind();
                int count = plan.rows();
                XlsxSheetReader sheet = sources.dataReader(plan.part(), kind.columns().size());
                OPCPackage opened = pkg;
                pkg = null;
                return new BulkFile(kind, counting ? count : -1, new Rows() {
                    @Override
                    public BulkRow next() throws IOException {
                        XlsxSheetReader.RawRow raw = nextRaw();
                        return raw == null ? null : new BulkRow(raw.number(), values(kind, List.of(raw.cells())),
                                raw.merged().stream().map(c -> kind.columns().get(c).key())
                                        .collect(Collectors.toSet()));
                    }

                    @Override
                    public boolean skip() throws IOException {
                        return nextRaw() != null;
                    }

                    private XlsxSheetReader.RawRow nextRaw() throws IOException {
                        XlsxSheetReader.RawRow raw;
                        do {
                            raw = sheet.next();
                        } while (raw != null && raw.number() <= plan.headerRows());
                        return raw;
                    }

                    @Override
                    public void close() throws IOException {
                        sheet.close();
                    }
                }, opened::revert);
            } catch (BulkFileException e) {
                throw e;
            } catch (Exception e) {
                // POI's own zip-bomb guard (ZipSecureFile) may still speak, e.g. for a limit set lower than ours
                String message = String.valueOf(e.getMessage());
                throw new BulkFileException(e, message.contains("Zip bomb") ? BulkFileException.ZIP_BOMB
                        : BulkFileException.NOT_WORKBOOK);
            } finally {
                if (pkg != null) {
                    pkg.revert();
                }
            }
        }

        private static boolean date1904(XSSFReader reader) throws Exception {
            try (InputStream in = reader.getWorkbookData()) {
                XMLStreamReader xml = XlsxSheetReader.factory().createXMLStreamReader(in);
                try {
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                            String name = xml.getLocalName();
                            if (name.equals("workbookPr")) {
                                String value = xml.getAttributeValue(null, "date1904");
                                return "1".equals(value) || "true".equals(value);
                            }
                            if (name.equals("sheets")) {
                                return false;
                            }
                        }
                    }
                    return false;
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }

        private static void checkMarker(PackagePart marker, Sources sources) throws IOException, BulkFileException {
            XlsxSheetReader.RawRow first;
            try (XlsxSheetReader reader = sources.reader(marker, 2)) {
                first = reader.next();
            }
            if (first == null || first.number() != 1 || !first.cells()[0].equals(BulkTemplate.TEMPLATE_ID)) {
                throw new BulkFileException(BulkFileException.OTHER_TEMPLATE);
            }
            String version = first.cells()[1];
            if (!version.equals(BulkTemplate.VERSION)) {
                throw new BulkFileException(olderThanCurrent(version) ? BulkFileException.OLD_TEMPLATE
                        : BulkFileException.OTHER_TEMPLATE, version, BulkTemplate.VERSION);
            }
        }

        /** Versions are {@code year.n}; a file of an earlier one is an old template. */
        static boolean olderThanCurrent(String version) {
            String[] mine = BulkTemplate.VERSION.split("\\.");
            String[] theirs = version.split("\\.");
            try {
                for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
                    int a = i < theirs.length ? Integer.parseInt(theirs[i]) : 0;
                    int b = i < mine.length ? Integer.parseInt(mine[i]) : 0;
                    if (a != b) {
                        return a < b;
                    }
                }
            } catch (NumberFormatException e) {
                return false;
            }
            return false;
        }

        /** A template's kind sheet: row 1 the Japanese headers, row 2 the English ones, then data rows. */
        private static Plan templateSheet(BulkKind kind, PackagePart part, Sources sources, BulkLimits limits,
                boolean counting) throws IOException, BulkFileException {
            try (XlsxSheetReader reader = sources.reader(part, kind.columns().size())) {
                XlsxSheetReader.RawRow ja = reader.next();
                XlsxSheetReader.RawRow en = reader.next();
                if (ja == null || en == null || ja.number() != 1 || en.number() != 2
                        || !headersMatch(List.of(ja.cells()), kind, true)
                        || !headersMatch(List.of(en.cells()), kind, false)) {
                    throw new BulkFileException(BulkFileException.OTHER_TEMPLATE, kind.sheetName());
                }
                return new Plan(kind, part, SheetLayout.HEADER_ROWS, count(reader, 0, limits, counting));
            }
        }

        /**
         * A sheet without the template's marker: row 1 one kind's headers (Japanese or English), row 2 optionally the
         * headers again (the other language), then data rows; null when row 1 is no kind's headers.
         */
        private static Plan headedSheet(PackagePart part, Sources sources, BulkLimits limits, boolean counting)
                throws IOException, BulkFileException {
            int widest = Arrays.stream(BulkKind.values()).mapToInt(k -> k.columns().size()).max().orElseThrow();
            BulkKind kind = null;
            int headerRows = 1;
            try (XlsxSheetReader reader = sources.reader(part, widest)) {
                XlsxSheetReader.RawRow first = reader.next();
                if (first == null || first.number() != 1) {
                    return null;
                }
                for (BulkKind k : BulkKind.values()) {
                    if (headersMatch(List.of(first.cells()), k, true) || headersMatch(List.of(first.cells()), k, false)) {
                        kind = k;
                    }
                }
                if (kind == null) {
                    return null;
                }
                XlsxSheetReader.RawRow second = reader.next();
                if (second != null && second.number() == 2 && (headersMatch(List.of(second.cells()), kind, true)
                        || headersMatch(List.of(second.cells()), kind, false))) {
                    headerRows = 2;
                }
            }
            try (XlsxSheetReader reader = sources.reader(part, kind.columns().size())) {
                return new Plan(kind, part, headerRows, count(reader, headerRows, limits, counting));
            }
        }

        /** Counts the data rows after the header rows, stopping past the limit (not counting: at the first, if any). */
        private static int count(XlsxSheetReader reader, int headerRows, BulkLimits limits, boolean counting)
                throws IOException, BulkFileException {
            int count = 0;
            XlsxSheetReader.RawRow row;
            while ((row = reader.next()) != null) {
                if (row.number() > headerRows && ++count > limits.maxRows()) {
                    throw new BulkFileException(BulkFileException.TOO_MANY_ROWS, limits.maxRows());
                }
                if (count > 0 && !counting) {
                    break;
                }
            }
            return count;
        }

        /** A kind sheet (or a sheet laid out as the CSV): its kind, its header rows and how many data rows. */
        private record Plan(BulkKind kind, PackagePart part, int headerRows, int rows) {
        }

        /** What every sheet reader shares: the workbook's strings, styles and date system. */
        private record Sources(List<String> strings, StylesTable styles, boolean date1904) {

            XlsxSheetReader reader(PackagePart part, int columns) throws IOException {
                return new XlsxSheetReader(part.getInputStream(), strings, styles, date1904, columns);
            }

            /** The reader of the data rows, which notes cells covered by merged ranges (issue 19). */
            XlsxSheetReader dataReader(PackagePart part, int columns) throws IOException {
                return new XlsxSheetReader(part.getInputStream(), strings, styles, date1904, columns,
                        () -> XlsxSheetReader.mergedCells(part.getInputStream()));
            }
        }
    }

    /**
     * The CSV side (the 2026 system's format): UTF-8, BOM allowed, the first record one kind's headers in Japanese
     * or English (a second header record in the other language, as a template saved as CSV has, is skipped too).
     */
    private static final class Csv {

        /** The kind, how many header records there are (1 or 2), and the record after the first header. */
        private record Header(BulkKind kind, int records, List<String> firstData) {
        }

        static BulkFile open(Path file, BulkLimits limits, boolean counting) throws BulkFileException {
            try {
                if (looksBinary(file)) {
                    throw new BulkFileException(BulkFileException.NOT_WORKBOOK, "binary");
                }
                Header header;
                int count = 0;
                try (CsvRecords records = records(file)) {
                    header = header(records);
                    List<String> record;
                    if (header.firstData() != null && !blank(header.firstData())) {
                        count++;
                    }
                    while (counting && (record = records.next()) != null) {
                        if (!blank(record) && ++count > limits.maxRows()) {
                            throw new BulkFileException(BulkFileException.TOO_MANY_ROWS, limits.maxRows());
                        }
                    }
                }
                if (count == 0 && counting) {
                    throw new BulkFileException(BulkFileException.EMPTY);
                }
                CsvRecords records = records(file);
                for (int i = 0; i < header.records(); i++) {
                    records.next();
                }
                BulkKind kind = header.kind();
                return new BulkFile(kind, counting ? count : -1, new Rows() {
                    @Override
                    public BulkRow next() throws IOException {
                        List<String> record = nextRecord();
                        return record == null ? null : new BulkRow(records.recordNumber(), values(kind, record));
                    }

                    @Override
                    public boolean skip() throws IOException {
                        return nextRecord() != null;
                    }

                    private List<String> nextRecord() throws IOException {
                        List<String> record;
                        do {
                            record = records.next();
                        } while (record != null && blank(record));
                        return record;
                    }

                    @Override
                    public void close() throws IOException {
                        records.close();
                    }
                }, () -> {
                });
            } catch (CharacterCodingException e) {
                throw new BulkFileException(e, BulkFileException.ENCODING);
            } catch (CsvRecords.MalformedCsvException e) {
                throw new BulkFileException(e, BulkFileException.NOT_WORKBOOK, e.getMessage());
            } catch (IOException e) {
                throw new BulkFileException(e, BulkFileException.NOT_WORKBOOK);
            }
        }

        /** A NUL byte among the first 8 KB: not a text. */
        private static boolean looksBinary(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(8192);
                for (byte b : head) {
                    if (b == 0) {
                        return true;
                    }
                }
                return false;
            }
        }

        /** Strict UTF-8: a Shift_JIS or other non-UTF-8 text fails with a CharacterCodingException. */
        private static CsvRecords records(Path file) throws IOException {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new CsvRecords(new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
                    64 * 1024));
        }

        private static Header header(CsvRecords records) throws IOException, BulkFileException {
            List<String> first = records.next();
            if (first == null) {
                throw new BulkFileException(BulkFileException.EMPTY);
            }
            for (BulkKind kind : BulkKind.values()) {
                if (headersMatch(first, kind, true) || headersMatch(first, kind, false)) {
                    List<String> second = records.next();
                    boolean twoHeaders = second != null
                            && (headersMatch(second, kind, true) || headersMatch(second, kind, false));
                    return new Header(kind, twoHeaders ? 2 : 1, twoHeaders ? null : second);
                }
            }
            throw new BulkFileException(first.size() < 2 ? BulkFileException.NOT_WORKBOOK
                    : BulkFileException.OTHER_TEMPLATE);
        }

        private static boolean blank(List<String> record) {
            return record.stream().allMatch(String::isBlank);
        }
    }
}
