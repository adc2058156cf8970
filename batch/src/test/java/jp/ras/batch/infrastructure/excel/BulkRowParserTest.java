package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B2: the shape of a row's cells; the filing rules themselves are the domain's (ResidenceApplication.file). */
class BulkRowParserTest {

    private static BulkRow row(BulkKind kind, Map<String, Object> values) {
        Map<String, String> text = new LinkedHashMap<>();
        for (BulkColumn column : kind.columns()) {
            Object v = values.get(column.key());
            text.put(column.key(), v == null ? "" : v.toString());
        }
        return new BulkRow(7, text);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> row = new LinkedHashMap<>(base);
        row.put(key, value);
        return row;
    }

    private static List<Violation> violations(BulkKind kind, Map<String, Object> values) {
        return assertThrows(RuleViolationException.class, () -> BulkRowParser.parse(kind, row(kind, values)))
                .violations();
    }

    @Test
    @DisplayName("B2, AP11: a Japanese row becomes the person and the form")
    void japanese() {
        ParsedRow parsed = BulkRowParser.parse(BulkKind.EXTENSION, row(BulkKind.EXTENSION, Fixtures.extensionRow(2)));
        assertEquals(7, parsed.rowNumber());
        assertEquals("AB00000002CD", parsed.cardNumber());
        assertEquals("NGUYEN VAN 2", parsed.nameRoman());
        assertEquals("技術・人文知識・国際業務", parsed.statusOfResidence());
        assertEquals(LocalDate.of(2027, 1, 3), parsed.stayExpiry());
        ResidenceApplication.Form form = parsed.form();
        assertEquals(ReEntryPermit.NONE, form.reEntry(), "EXTENSION files no re-entry permit");
        assertFalse(form.activityPermission(), "EXTENSION files no activity permission");
        assertTrue(form.presenceConfirmed());
        assertEquals("1年", form.desiredPeriod());
        assertEquals(ReceiptMethod.POST, form.receiptMethod());
        assertFalse(form.kanjiRequested());
        assertNull(form.kanjiName());
        assertEquals("person2@example.jp", form.applicantMail());
        assertEquals(Locale.JAPANESE, form.applicantLocale());
    }

    @Test
    @DisplayName("B2, AP11: English codes and periods, the permits kind, full-width card number")
    void english() {
        Map<String, Object> values = new LinkedHashMap<>(Fixtures.permitsRow(1));
        values.put(BulkColumn.CARD_NUMBER, "ａｂ００００００１２ｃｄ");
        values.put(BulkColumn.STAY_EXPIRY, "2027/2/3");
        values.put(BulkColumn.PRESENCE_CONFIRMED, "Yes");
        values.put(BulkColumn.RE_ENTRY, "single");
        values.put(BulkColumn.ACTIVITY_PERMISSION, "TRUE");
        values.put(BulkColumn.DESIRED_PERIOD, "3 years");
        values.put(BulkColumn.RECEIPT_METHOD, "counter");
        values.put(BulkColumn.KANJI_REQUESTED, "yes");
        values.put(BulkColumn.KANJI_NAME, "阮文");
        values.put(BulkColumn.APPLICANT_LANGUAGE, "English");
        ParsedRow parsed = BulkRowParser.parse(BulkKind.EXTENSION_WITH_PERMITS,
                row(BulkKind.EXTENSION_WITH_PERMITS, values));
        assertEquals("AB00000012CD", parsed.cardNumber());
        assertEquals(LocalDate.of(2027, 2, 3), parsed.stayExpiry());
        ResidenceApplication.Form form = parsed.form();
        assertEquals(ReEntryPermit.SINGLE, form.reEntry());
        assertTrue(form.activityPermission());
        assertEquals("3年", form.desiredPeriod());
        assertEquals(ReceiptMethod.COUNTER, form.receiptMethod());
        assertTrue(form.kanjiRequested());
        assertEquals("阮文", form.kanjiName());
        assertEquals(Locale.ENGLISH, form.applicantLocale());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @DisplayName("B2, AP11: each coded column takes its Japanese and English values")
    @CsvSource({
        "reEntry, なし, NONE", "reEntry, 1回限り, SINGLE", "reEntry, 数次, MULTIPLE", "reEntry, MULTIPLE, MULTIPLE",
        "reEntry, 数次再入国許可, MULTIPLE", "receiptMethod, 郵送, POST", "receiptMethod, 窓口, COUNTER",
        "receiptMethod, 地方官署窓口, COUNTER", "receiptMethod, post, POST", "applicantLanguage, 日本語, ja",
        "applicantLanguage, english, en", "applicantLanguage, 英語, en",
        "presenceConfirmed, はい, true", "presenceConfirmed, いいえ, false", "presenceConfirmed, no, false",
        "presenceConfirmed, FALSE, false", "activityPermission, ｙｅｓ, true"
    })
    void codes(String key, String text, String expected) {
        ResidenceApplication.Form form = BulkRowParser.parse(BulkKind.EXTENSION_WITH_PERMITS,
                row(BulkKind.EXTENSION_WITH_PERMITS, with(Fixtures.permitsRow(1), key, text))).form();
        Object actual = switch (key) {
            case "reEntry" -> form.reEntry().name();
            case "receiptMethod" -> form.receiptMethod().name();
            case "applicantLanguage" -> form.applicantLocale().getLanguage();
            case "presenceConfirmed" -> String.valueOf(form.presenceConfirmed());
            default -> String.valueOf(form.activityPermission());
        };
        assertEquals(expected, actual);
    }

    @Test
    @DisplayName("B2, AP9: format errors name their column: date, yesNo, code, required, tooLong")
    void formatErrors() {
        Map<String, Object> values = new LinkedHashMap<>(Fixtures.permitsRow(1));
        values.put(BulkColumn.CARD_NUMBER, "");
        values.put(BulkColumn.NAME_ROMAN, " ");
        values.put(BulkColumn.STAY_EXPIRY, "2027/02/30");
        values.put(BulkColumn.PRESENCE_CONFIRMED, "maybe");
        values.put(BulkColumn.RE_ENTRY, "twice");
        values.put(BulkColumn.RECEIPT_METHOD, "fax");
        values.put(BulkColumn.KANJI_NAME, "漢".repeat(201));
        values.put(BulkColumn.APPLICANT_LANGUAGE, "Deutsch");
        Set<Violation> found = Set.copyOf(violations(BulkKind.EXTENSION_WITH_PERMITS, values));
        assertEquals(Set.of(Violation.of("cardNumber", "required"), Violation.of("nameRoman", "required"),
                Violation.of("stayExpiry", BulkRowParser.KEY_DATE), Violation.of("presenceConfirmed", "yesNo"),
                Violation.of("reEntry", "code"), Violation.of("receiptMethod", "code"),
                Violation.tooLong("kanjiName", TextLimits.NAME), Violation.of("applicantLanguage", "code")), found);
    }

    @ParameterizedTest
    @DisplayName("B2: a stay expiry that is not a date is a date error; an empty one is required")
    @CsvSource({"31/12/2027, bulkDate", "2027-13-01, bulkDate", "next year, bulkDate", "20271231, bulkDate",
        "平成32年1月1日, bulkDate", "令和元年4月30日, bulkDate", "X9.1.3, bulkDate", "'', required"})
    void dates(String text, String key) {
        assertEquals(List.of(Violation.of("stayExpiry", key)),
                violations(BulkKind.EXTENSION, with(Fixtures.extensionRow(1), BulkColumn.STAY_EXPIRY, text)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("B2, AP11: Japanese era dates as clerks type them (name or letter, 元年, full-width digits)")
    @CsvSource({"令和9年1月3日, 2027-01-03", "令和 9 年 1 月 3 日, 2027-01-03", "R9.1.3, 2027-01-03",
        "r9/01/03, 2027-01-03", "Ｒ９．１．３, 2027-01-03", "令和元年5月1日, 2019-05-01", "平成31年4月30日, 2019-04-30",
        "H31.4.30, 2019-04-30", "2027/1/3, 2027-01-03"})
    void eraDates(String text, String expected) {
        assertEquals(LocalDate.parse(expected), BulkRowParser.parse(BulkKind.EXTENSION,
                row(BulkKind.EXTENSION, with(Fixtures.extensionRow(1), BulkColumn.STAY_EXPIRY, text))).stayExpiry());
    }

    @Test
    @DisplayName("B2: business rules are left to the domain: empty form fields pass as the screen would send them")
    void rulesLeftToDomain() {
        Map<String, Object> values = new LinkedHashMap<>(Fixtures.permitsRow(1));
        for (String key : List.of(BulkColumn.PRESENCE_CONFIRMED, BulkColumn.RE_ENTRY, BulkColumn.DESIRED_PERIOD,
                BulkColumn.REASON, BulkColumn.RECEIPT_METHOD, BulkColumn.APPLICANT_MAIL, BulkColumn.APPLICANT_LANGUAGE)) {
            values.put(key, "");
        }
        values.put(BulkColumn.STATUS_OF_RESIDENCE, "短期滞在"); // not eligible (AP2): the domain's to say
        values.put(BulkColumn.STAY_EXPIRY, "2000-01-01");    // long expired (AP6): the domain's to say
        values.put(BulkColumn.KANJI_REQUESTED, "はい");       // without a kanji name: the domain's "required"
        ResidenceApplication.Form form = BulkRowParser.parse(BulkKind.EXTENSION_WITH_PERMITS,
                row(BulkKind.EXTENSION_WITH_PERMITS, values)).form();
        assertFalse(form.presenceConfirmed());
        assertNull(form.reEntry());
        assertNull(form.desiredPeriod());
        assertNull(form.reason());
        assertNull(form.receiptMethod());
        assertNull(form.applicantMail());
        assertNull(form.applicantLocale());
        assertTrue(form.kanjiRequested());
        assertNull(form.kanjiName());
        // a malformed mail address is the domain's rule (RN1), not a format error here
        assertEquals("not-a-mail", BulkRowParser.parse(BulkKind.EXTENSION, row(BulkKind.EXTENSION,
                with(Fixtures.extensionRow(1), BulkColumn.APPLICANT_MAIL, "not-a-mail"))).form().applicantMail());
    }

    @Test
    @DisplayName("B2: every violation's field is a column of the kind")
    void fieldsAreColumns() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(BulkColumn.PRESENCE_CONFIRMED, "?");
        values.put(BulkColumn.RECEIPT_METHOD, "?");
        Set<String> columns = BulkKind.EXTENSION.columns().stream().map(BulkColumn::key).collect(Collectors.toSet());
        violations(BulkKind.EXTENSION, values).forEach(v -> assertTrue(columns.contains(v.field()), v.field()));
    }
}
