package jp.ras.batch.infrastructure.excel;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;

/**
 * B2: turns a row's texts into a {@link ParsedRow}, checking only their shape: the cells naming the person are
 * filled, a date is a date, a code is one of its column's codes (Japanese or English, AP11), a text fits the length
 * the screen allows. Every filing rule (window, eligibility, receipt method, mail address, required form fields…)
 * stays in {@code ResidenceApplication.file}, which sees the row exactly as it would see the screen's form: an empty
 * yes/no cell is an unticked box, an empty code is no choice.
 */
public final class BulkRowParser {

    /** A date cell read as text: 2026/12/31, 2026-12-31, 2026.12.31 (full-width digits too). */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /**
     * A Japanese era date as clerks type it (after NFKC): 令和9年1月3日, 令和元年5月1日, R9.1.3, R9/1/3, H31.4.30, with
     * or without spaces; the era by its name or its letter as {@link JapaneseEra} gives them.
     */
    private static final Pattern ERA_DATE = Pattern.compile(
            "(\\p{IsHan}{2}|[A-Za-z])\\s*(\\d{1,2}|元)\\s*(?:年|[-/.])\\s*(\\d{1,2})\\s*(?:月|[-/.])\\s*(\\d{1,2})\\s*日?");
    /** English periods: "1 year", "3 years", "6 months", "6 mo", "1y". */
    private static final Pattern YEARS = Pattern.compile("(\\d+)\\s*(?:years?|yrs?|y)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHS = Pattern.compile("(\\d+)\\s*(?:months?|mos?|m)", Pattern.CASE_INSENSITIVE);

    /** New violation keys of this parser (the others are the screens'). */
    /** The date message of a bulk row: it leads with the template's yyyy/mm/dd and names era dates. */
    public static final String KEY_DATE = "bulkDate";
    public static final String KEY_YES_NO = "yesNo";
    public static final String KEY_CODE = "code";
    public static final String KEY_REQUIRED = "required";
    /** A cell left empty by a merged range: the user sees the value of the range's first cell there. */
    public static final String KEY_MERGED = "mergedCell";

    private BulkRowParser() {
    }

    /**
     * @throws RuleViolationException with one violation per malformed cell, its field the column's key
     */
    public static ParsedRow parse(BulkKind kind, BulkRow row) {
        Cells cells = new Cells(row);
        String cardNumber = cells.required(BulkColumn.CARD_NUMBER);
        if (cardNumber != null) {
            cardNumber = Normalizer.normalize(cardNumber, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        }
        String nameRoman = cells.required(BulkColumn.NAME_ROMAN);
        String status = cells.required(BulkColumn.STATUS_OF_RESIDENCE);
        LocalDate expiry = cells.date(BulkColumn.STAY_EXPIRY);
        boolean presence = cells.yesNo(BulkColumn.PRESENCE_CONFIRMED);
        ReEntryPermit reEntry = ReEntryPermit.NONE;
        boolean activity = false;
        if (kind == BulkKind.EXTENSION_WITH_PERMITS) {
            reEntry = cells.code(kind, BulkColumn.RE_ENTRY).map(ReEntryPermit::valueOf).orElse(null);
            activity = cells.yesNo(BulkColumn.ACTIVITY_PERMISSION);
        }
        String period = cells.text(kind, BulkColumn.DESIRED_PERIOD);
        String reason = cells.text(kind, BulkColumn.REASON);
        ReceiptMethod receipt = cells.code(kind, BulkColumn.RECEIPT_METHOD).map(ReceiptMethod::valueOf).orElse(null);
        boolean kanjiRequested = cells.yesNo(BulkColumn.KANJI_REQUESTED);
        String kanjiName = cells.text(kind, BulkColumn.KANJI_NAME);
        String mail = cells.text(kind, BulkColumn.APPLICANT_MAIL);
        Locale language = cells.code(kind, BulkColumn.APPLICANT_LANGUAGE).map(Locale::forLanguageTag).orElse(null);
        for (String key : row.merged()) {
            cells.violations.removeIf(v -> v.field().equals(key));
            cells.violations.add(Violation.of(key, KEY_MERGED));
        }
        if (!cells.violations.isEmpty()) {
            throw new RuleViolationException(cells.violations);
        }
        return new ParsedRow(row.rowNumber(), cardNumber, nameRoman, status, expiry, new ResidenceApplication.Form(
                reEntry, activity, period(period), reason, presence, receipt, kanjiRequested, kanjiName, mail,
                language));
    }

    /** The screen's notation of a period (1年, 6月); English input "1 year", "6 months" is written so (AP11). */
    static String period(String text) {
        if (text == null) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = YEARS.matcher(t);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) + "年";
        }
        m = MONTHS.matcher(t);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) + "月";
        }
        return text;
    }

    /**
     * A date written as the template asks (yyyy/mm/dd, also with - or .) or as a Japanese era date (令和9年1月3日,
     * R9.1.3; {@link JapaneseDate} checks that the date lies in its era: 平成32年 or 令和元年4月30日 is no date).
     */
    static Optional<LocalDate> parseDate(String text) {
        try {
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = ERA_DATE.matcher(text);
            if (m.matches()) {
                Optional<JapaneseEra> era = era(m.group(1));
                if (era.isPresent()) {
                    int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                    return Optional.of(LocalDate.from(JapaneseDate.of(era.get(), year, Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)))));
                }
            }
        } catch (DateTimeException e) {
            // 2026/02/30, 平成32年1月1日: not a date
        }
        return Optional.empty();
    }

    /** An era by its Japanese name (令和) or its letter (R, r), as the JDK names them. */
    private static Optional<JapaneseEra> era(String name) {
        return Arrays.stream(JapaneseEra.values())
                .filter(e -> name.equals(e.getDisplayName(TextStyle.FULL, Locale.JAPAN))
                        || name.equalsIgnoreCase(e.getDisplayName(TextStyle.NARROW, Locale.ROOT)))
                .findFirst();
    }

    /** Reads the cells of one row, collecting a violation for each malformed one. */
    private static final class Cells {
        private final BulkRow row;
        private final List<Violation> violations = new ArrayList<>();

        Cells(BulkRow row) {
            this.row = row;
        }

        private String raw(String key) {
            String value = row.value(key).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String key) {
            String value = raw(key);
            if (value == null) {
                violations.add(Violation.of(key, KEY_REQUIRED));
            }
            return value;
        }

        /** A text the form takes as it is (null when empty: the domain says whether it is required). */
        String text(BulkKind kind, String key) {
            String value = raw(key);
            int max = column(kind, key).maxLength();
            if (value != null && max > 0 && value.length() > max) {
                violations.add(Violation.tooLong(key, max));
            }
            return value;
        }

        LocalDate date(String key) {
            String value = required(key);
            if (value == null) {
                return null;
            }
            Optional<LocalDate> date = parseDate(Normalizer.normalize(value, Normalizer.Form.NFKC));
            if (date.isEmpty()) {
                violations.add(Violation.of(key, KEY_DATE));
            }
            return date.orElse(null);
        }

        /** Empty is "no", as an unticked box on the screen. */
        boolean yesNo(String key) {
            String value = raw(key);
            if (value == null) {
                return false;
            }
            Optional<BulkColumn.Code> code = BulkColumn.YES_NO_CODES.stream()
                    .filter(c -> c.matches(Normalizer.normalize(value, Normalizer.Form.NFKC))
                            || c.matches(value))
                    .findFirst();
            if (code.isEmpty()) {
                violations.add(Violation.of(key, KEY_YES_NO));
                return false;
            }
            return Boolean.parseBoolean(code.get().value());
        }

        /** The code's value; empty when the cell is empty (the domain says whether a choice is required). */
        Optional<String> code(BulkKind kind, String key) {
            String value = raw(key);
            if (value == null) {
                return Optional.empty();
            }
            BulkColumn column = column(kind, key);
            Optional<BulkColumn.Code> code = column.code(value)
                    .or(() -> column.code(Normalizer.normalize(value, Normalizer.Form.NFKC)));
            if (code.isEmpty()) {
                violations.add(Violation.of(key, KEY_CODE));
            }
            return code.map(BulkColumn.Code::value);
        }

        private static BulkColumn column(BulkKind kind, String key) {
            return kind.columns().stream().filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(kind + " has no column " + key));
        }
    }
}
