package jp.ras.interfaces.web.shell;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One CSV line (RFC 4180, through Apache Commons CSV) of an export (the audit trail, the officers' queue). A cell
 * that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return: the trail holds text users typed) is written
 * with a leading apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvLines() {
    }

    public static String line(List<String> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(cells.stream().map(CsvLines::inert).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
