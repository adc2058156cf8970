package jp.ras.interfaces.web.officer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.ras.application.PersonData;
import jp.ras.domain.model.organisation.Sex;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the list of affiliated foreign nationals (所属している外国人リスト, UA4) from a UTF-8 CSV file, so the
 * officer at the counter does not retype a long list. The first line names the columns ({@link #COLUMNS}, any
 * order); then one person per line. Sex is M or F, dates are yyyy-MM-dd; fields may be quoted as in RFC 4180.
 * Only the file's form is checked here, by line number; the roster's own rules (card number etc.) are checked by
 * the service when the application is saved, after the officer has seen the rows.
 */
public final class RosterCsv {

    public static final List<String> COLUMNS = List.of("nameRoman", "nameKanji", "nationality", "dateOfBirth",
            "sex", "cardNumber", "passportNumber", "statusOfResidence", "periodOfStay", "stayExpiry", "address");

    /** More rows than this are refused: a longer list goes through the periodic report or several entries. */
    public static final int MAX_ROWS = 500;

    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Blank lines are records here (so every line keeps its number) and are dropped afterwards. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).setTrailingData(true).get();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * One thing wrong with the file: {@code line} (1 = the header; 0 = the whole file), a {@code key} naming the
     * problem (empty, encoding, tooLarge, quote, header, columns, date, sex, tooMany) and a {@code detail}: the
     * column concerned or a count.
     */
    public record Problem(int line, String key, String detail) {
    }

    /** The persons read, or the problems found: when there is any problem, no person is returned. */
    public record Result(List<PersonData> persons, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Line(int number, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private RosterCsv() {
    }

    /** Reads the file as UTF-8 (a byte order mark is skipped); bytes that are not UTF-8 are a problem. */
    public static Result parse(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > MAX_BYTES) {
                return failed(new Problem(0, "tooLarge", String.valueOf(MAX_BYTES / 1024)));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return failed(new Problem(0, "encoding", null));
        }
        return parse(text);
    }

    public static Result parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Problem> problems = new ArrayList<>();
        List<Line> lines = split(text, problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        lines.removeIf(Line::blank);
        if (lines.isEmpty()) {
            return failed(new Problem(0, "empty", null));
        }
        Line header = lines.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            if (!COLUMNS.contains(name) || index.containsKey(name)) {
                problems.add(new Problem(header.number(), "header", name));
            }
            index.put(name, i);
        }
        COLUMNS.stream().filter(c -> !index.containsKey(c))
                .forEach(c -> problems.add(new Problem(header.number(), "header", c)));
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Line> rows = lines.subList(1, lines.size());
        if (rows.isEmpty()) {
            return failed(new Problem(header.number(), "empty", null));
        }
        if (rows.size() > MAX_ROWS) {
            return failed(new Problem(rows.get(MAX_ROWS).number(), "tooMany", String.valueOf(MAX_ROWS)));
        }
        List<PersonData> persons = new ArrayList<>();
        for (Line row : rows) {
            if (row.fields().size() != COLUMNS.size()) {
                problems.add(new Problem(row.number(), "columns", String.valueOf(row.fields().size())));
                continue;
            }
            Map<String, String> v = new HashMap<>();
            COLUMNS.forEach(c -> v.put(c, emptyToNull(row.fields().get(index.get(c)))));
            LocalDate birth = date(v.get("dateOfBirth"), row.number(), "dateOfBirth", problems);
            LocalDate expiry = date(v.get("stayExpiry"), row.number(), "stayExpiry", problems);
            Sex sex = sex(v.get("sex"), row.number(), problems);
            persons.add(new PersonData(v.get("nameRoman"), v.get("nameKanji"), v.get("nationality"), birth, sex,
                    v.get("cardNumber"), v.get("passportNumber"), v.get("statusOfResidence"), v.get("periodOfStay"),
                    expiry, v.get("address")));
        }
        return problems.isEmpty() ? new Result(List.copyOf(persons), List.of()) : new Result(List.of(), problems);
    }

    private static Result failed(Problem problem) {
        return new Result(List.of(), List.of(problem));
    }

    /**
     * RFC 4180 through Apache Commons CSV: commas separate fields, "..." quotes a field (spaces before the quote and
     * after it do not count), "" inside quotes is one quote; CRLF, LF or CR end lines. Each line keeps the number of
     * the text's line it starts on, counting the line breaks inside quoted fields; a quote that never ends is a
     * problem on the line its record starts on.
     */
    private static List<Line> split(String text, List<Problem> problems) {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int start = 1;
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CSVException) {
                        problems.add(new Problem(start, "quote", null));
                        return lines;
                    }
                    throw e;
                }
                lines.add(new Line(start, records.next().toList()));
                start = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is read without I/O
        }
        return lines;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value, int line, String column, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(line, "date", column));
            return null;
        }
    }

    private static Sex sex(String value, int line, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> Sex.MALE;
            case "F", "FEMALE" -> Sex.FEMALE;
            default -> {
                problems.add(new Problem(line, "sex", "sex"));
                yield null;
            }
        };
    }
}
