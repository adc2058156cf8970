package jp.ras.batch.infrastructure.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Pulls the rows of one worksheet's XML ({@code sheetN.xml}) one at a time with StAX, so memory stays flat however
 * many rows there are. Only the first {@code columns} columns are read; a row whose cells there are all blank is
 * skipped. Formulas are never evaluated: a formula cell gives its cached value, or nothing without one.
 */
final class XlsxSheetReader implements Closeable {

    /**
     * A non-blank row: its 1-based number, the text of its first columns ({@code ""} when empty) and the 0-based
     * columns whose cell is empty because it lies under (or right of) the top-left cell of a merged range that holds
     * a value: the user sees that value there, but the cell has none (issue 19).
     */
    record RawRow(int number, String[] cells, Set<Integer> merged) {

        RawRow(int number, String[] cells) {
            this(number, cells, Set.of());
        }
    }

    /** A merged range of more than one cell, 1-based rows and 0-based columns, as {@code <mergeCell ref>} gives it. */
    record Merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn
                    && !(row == firstRow && column == firstColumn);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private final InputStream in;
    private final XMLStreamReader xml;
    private final List<String> strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final int columns;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    /** The sheet's merged ranges, read on the first row asked for (a check of the file's shape never needs them). */
    private final Callable<List<Merged>> mergedSource;
    private List<Merged> merged;
    /** The merged ranges whose top-left cell holds a value. */
    private final Set<Merged> anchored = new HashSet<>();
    private int lastRow;
    private boolean done;

    XlsxSheetReader(InputStream in, List<String> strings, StylesTable styles, boolean date1904, int columns)
            throws IOException {
        this(in, strings, styles, date1904, columns, List::of);
    }

    /** The same, noting cells covered by the merged ranges {@code merged} gives. */
    XlsxSheetReader(InputStream in, List<String> strings, StylesTable styles, boolean date1904, int columns,
            Callable<List<Merged>> merged) throws IOException {
        this.mergedSource = merged;
        this.in = in;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.columns = columns;
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            in.close();
            throw new IOException("sheet XML: " + e.getMessage(), e);
        }
    }

    /** A StAX factory that reads no DTD and resolves no external entity (XXE). */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * The shared strings table ({@code sharedStrings.xml}) as plain strings, without phonetic runs ({@code rPh}, the
     * furigana Japanese Excel stores with kanji). The one part of a workbook held in memory: its distinct texts
     * (about 30 MB for 100 000 rows of distinct names, mails and reasons), bounded by the inflation limit. Read with
     * StAX rather than POI's ReadOnlySharedStringsTable, whose getItemAt builds an XMLBeans rich text per cell.
     */
    static List<String> sharedStrings(InputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                StringBuilder text = null;
                int phonetic = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "si" -> text = new StringBuilder();
                            case "rPh" -> phonetic++;
                            case "t" -> {
                                String t = xml.getElementText();
                                if (text != null && phonetic == 0) {
                                    text.append(t);
                                }
                            }
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (xml.getLocalName().equals("rPh")) {
                            phonetic--;
                        } else if (xml.getLocalName().equals("si") && text != null) {
                            strings.add(text.toString());
                            text = null;
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("shared strings: " + e.getMessage(), e);
        } finally {
            in.close();
        }
        return strings;
    }

    /** The next row with a non-blank cell among the first columns, or null after the last. */
    RawRow next() throws IOException {
        try {
            if (merged == null) {
                merged = mergedSource.call();
            }
            RawRow row = read();
            return row == null || merged.isEmpty() ? row : withMerged(row);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("sheet XML: " + e.getMessage(), e);
        }
    }

    private RawRow withMerged(RawRow row) {
        Set<Integer> covered = new TreeSet<>();
        for (Merged m : merged) {
            if (row.number() == m.firstRow() && m.firstColumn() < columns && !row.cells()[m.firstColumn()].isEmpty()) {
                anchored.add(m);
            }
            if (anchored.contains(m)) {
                for (int c = m.firstColumn(); c <= Math.min(m.lastColumn(), columns - 1); c++) {
                    if (m.covers(row.number(), c) && row.cells()[c].isEmpty()) {
                        covered.add(c);
                    }
                }
            }
        }
        return covered.isEmpty() ? row : new RawRow(row.number(), row.cells(), covered);
    }

    /**
     * The merged ranges of a sheet ({@code <mergeCells>}, after the rows: a pass of its own over the XML), those of one
     * cell left out.
     */
    static List<Merged> mergedCells(InputStream in) throws IOException {
        List<Merged> ranges = new ArrayList<>();
        try (in) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                        String ref = xml.getAttributeValue(null, "ref");
                        int colon = ref == null ? -1 : ref.indexOf(':');
                        if (colon > 0) {
                            String from = ref.substring(0, colon);
                            String to = ref.substring(colon + 1);
                            Merged m = new Merged(rowOf(from), rowOf(to), columnOf(from), columnOf(to));
                            if (m.firstRow() != m.lastRow() || m.firstColumn() != m.lastColumn()) {
                                ranges.add(m);
                            }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("sheet XML: " + e.getMessage(), e);
        }
        return ranges;
    }

    /** The 1-based row of a cell reference such as {@code AB12} (its digits). */
    static int rowOf(String reference) {
        return Integer.parseInt(reference.replaceAll("[^0-9]", ""));
    }

    private RawRow read() throws XMLStreamException {
        String[] cells = null;
        int rowNumber = 0;
        int lastColumn = -1;
        int column = -1;
        String type = null;
        String style = null;
        String value = null;
        String inline = null;
        while (!done && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? lastRow + 1 : Integer.parseInt(r);
                        lastRow = rowNumber;
                        cells = new String[columns];
                        Arrays.fill(cells, "");
                        lastColumn = -1;
                    }
                    case "c" -> {
                        String r = xml.getAttributeValue(null, "r");
                        column = r == null ? lastColumn + 1 : columnOf(r);
                        lastColumn = column;
                        type = xml.getAttributeValue(null, "t");
                        style = xml.getAttributeValue(null, "s");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = inlineText();
                    case "f" -> xml.getElementText(); // the formula itself is never evaluated
                    default -> {
                        // other elements (sheetPr, cols, mergeCells, extLst…) carry no cell value
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "c" -> {
                        if (cells != null && column >= 0 && column < columns) {
                            cells[column] = render(type, style, value, inline).strip();
                        }
                    }
                    case "row" -> {
                        if (cells != null && Arrays.stream(cells).anyMatch(c -> !c.isEmpty())) {
                            return new RawRow(rowNumber, cells);
                        }
                        cells = null;
                    }
                    case "sheetData" -> done = true;
                    default -> {
                    }
                }
            }
        }
        done = true;
        return null;
    }

    /** The 0-based column of a cell reference such as {@code AB12} (its letters). */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    /** The text of an inline string: its {@code t} elements, without phonetic runs ({@code rPh}). */
    private String inlineText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic = true;
                } else if (xml.getLocalName().equals("t") && !phonetic) {
                    text.append(xml.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic = false;
                }
            }
        }
        return text.toString();
    }

    private String render(String type, String style, String value, String inline) {
        if (type == null || type.equals("n")) {
            return value == null || value.isBlank() ? "" : number(value.strip(), style);
        }
        return switch (type) {
            case "s" -> value == null ? "" : strings.get(Integer.parseInt(value.strip()));
            case "inlineStr" -> inline != null ? inline : value == null ? "" : value;
            case "b" -> value == null ? "" : "1".equals(value.strip()) || "true".equals(value.strip()) ? "TRUE"
                    : "FALSE";
            case "d" -> value == null ? "" : value.strip().length() >= 10 ? value.strip().substring(0, 10) : value;
            default -> value == null ? "" : value; // "str" (a formula's text), "e" (an error such as #N/A)
        };
    }

    private String number(String value, String style) {
        double number = Double.parseDouble(value);
        if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904);
            if (dateTime != null) {
                return dateTime.toLocalDate().toString();
            }
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return value;
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private boolean isDateStyle(int index) {
        if (styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            if (i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            in.close();
        }
    }
}
