package jp.ras.batch.infrastructure.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Pulls the records of an RFC 4180 CSV text one at a time, through Apache Commons CSV: fields separated by commas, a
 * field in double quotes may hold commas, line breaks and doubled quotes; records end with CRLF, LF or CR; an empty
 * line is a record (so record numbers count it). Text after a closing quote belongs to the field. A leading byte
 * order mark is dropped.
 */
final class CsvRecords implements Closeable {

    /** A quoted field that never ends. */
    static final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedCsvException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setTrailingData(true).get();

    private final Reader in;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private int recordNumber;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The number of the record {@link #next} returned last (1-based). */
    int recordNumber() {
        return recordNumber;
    }

    /** The next record's fields, or null at the end of the text. */
    List<String> next() throws IOException {
        try {
            if (records == null) {
                PushbackReader text = new PushbackReader(in);
                int first = text.read();
                if (first != -1 && first != '\uFEFF') {
                    text.unread(first);
                }
                parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
                records = parser.iterator();
            }
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            recordNumber = Math.toIntExact(record.getRecordNumber());
            return record.toList();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException malformed) {
                throw new MalformedCsvException("record " + (recordNumber + 1) + ": a quoted field does not end",
                        malformed);
            }
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        in.close();
    }
}
