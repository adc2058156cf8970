package jp.ras.batch.infrastructure.excel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.ras.domain.shared.TextLimits;

/**
 * One column of a kind's sheet: {@code key} is the field name the domain's violations use, so a violation lands on
 * its column; the header is written in Japanese (first header row) and English (second row) (AP11).
 *
 * @param key        the field: the key of {@link BulkRow#values()} and of {@code Violation.field()}
 * @param headerJa   the Japanese header text (row 1)
 * @param headerEn   the English header text (row 2)
 * @param type       how the cell is read
 * @param codes      for {@link Type#CODE} and {@link Type#YES_NO}: the accepted values; empty otherwise
 * @param maxLength  the longest text the filing screen takes (its {@code maxlength}); 0 when unbounded here
 * @param width      the column width in characters
 */
public record BulkColumn(String key, String headerJa, String headerEn, Type type, List<Code> codes, int maxLength,
        int width) {

    /** How a cell is read. {@code statusOfResidence} is TEXT: the template's drop-down lists the given statuses. */
    public enum Type {
        TEXT, DATE, YES_NO, CODE
    }

    /**
     * One accepted value of a coded column: {@code value} is what the parser returns (an enum constant name, or
     * {@code ja}/{@code en} for the language); {@code ja} and {@code en} are offered in the drop-down; every text of
     * {@code aliases} is accepted too (case-insensitive).
     */
    public record Code(String value, String ja, String en, List<String> aliases) {

        boolean matches(String text) {
            String t = text.strip();
            return t.equalsIgnoreCase(value) || t.equalsIgnoreCase(ja) || t.equalsIgnoreCase(en)
                    || aliases.stream().anyMatch(t::equalsIgnoreCase);
        }
    }

    public static final String CARD_NUMBER = "cardNumber";
    public static final String NAME_ROMAN = "nameRoman";
    public static final String STATUS_OF_RESIDENCE = "statusOfResidence";
    public static final String STAY_EXPIRY = "stayExpiry";
    public static final String PRESENCE_CONFIRMED = "presenceConfirmed";
    public static final String RE_ENTRY = "reEntry";
    public static final String ACTIVITY_PERMISSION = "activityPermission";
    public static final String DESIRED_PERIOD = "desiredPeriod";
    public static final String REASON = "reason";
    public static final String RECEIPT_METHOD = "receiptMethod";
    public static final String KANJI_REQUESTED = "kanjiRequested";
    public static final String KANJI_NAME = "kanjiName";
    public static final String APPLICANT_MAIL = "applicantMail";
    public static final String APPLICANT_LANGUAGE = "applicantLanguage";

    /** はい/いいえ, yes/no; TRUE/FALSE is what a boolean cell reads as. */
    public static final List<Code> YES_NO_CODES = List.of(
            new Code("true", "はい", "yes", List.of("TRUE", "y", "○", "〇")),
            new Code("false", "いいえ", "no", List.of("FALSE", "n", "×")));

    /** Suggestions for the desired period (the drop-down allows other values, as the screen's text field does). */
    public static final List<String> DESIRED_PERIODS = List.of("3月", "6月", "1年", "3年", "5年");

    private static final BulkColumn CARD = new BulkColumn(CARD_NUMBER, "在留カード番号", "Residence card number",
            Type.TEXT, List.of(), 0, 18);
    private static final BulkColumn NAME = new BulkColumn(NAME_ROMAN, "氏名（ローマ字）", "Name (roman letters)",
            Type.TEXT, List.of(), 0, 28);
    private static final BulkColumn STATUS = new BulkColumn(STATUS_OF_RESIDENCE, "在留資格", "Status of residence",
            Type.TEXT, List.of(), 0, 24);
    private static final BulkColumn EXPIRY = new BulkColumn(STAY_EXPIRY, "在留期間満了日",
            "Expiry date of period of stay", Type.DATE, List.of(), 0, 16);
    private static final BulkColumn PRESENCE = new BulkColumn(PRESENCE_CONFIRMED, "日本に在留していることの確認",
            "Confirmed to be in Japan", Type.YES_NO, YES_NO_CODES, 0, 16);
    private static final BulkColumn RE_ENTRY_PERMIT = new BulkColumn(RE_ENTRY, "再入国許可の同時申請",
            "Re-entry permit", Type.CODE, List.of(
                    new Code("NONE", "なし", "NONE", List.of("申請しない", "none", "not applied for")),
                    new Code("SINGLE", "1回限り", "SINGLE", List.of("1回限りの再入国許可", "single re-entry permit")),
                    new Code("MULTIPLE", "数次", "MULTIPLE", List.of("数次再入国許可", "multiple re-entry permit"))),
            0, 16);
    private static final BulkColumn ACTIVITY = new BulkColumn(ACTIVITY_PERMISSION, "資格外活動許可（包括許可）の申請",
            "Permission for activity outside status", Type.YES_NO, YES_NO_CODES, 0, 18);
    private static final BulkColumn PERIOD = new BulkColumn(DESIRED_PERIOD, "希望する在留期間",
            "Desired period of stay", Type.TEXT, List.of(), TextLimits.PERIOD, 14);
    private static final BulkColumn REASON_COLUMN = new BulkColumn(REASON, "更新の理由", "Reason for the extension",
            Type.TEXT, List.of(), TextLimits.LONG_TEXT, 40);
    private static final BulkColumn RECEIPT = new BulkColumn(RECEIPT_METHOD, "在留カードの受領方法",
            "Receipt method of the residence card", Type.CODE, List.of(
                    new Code("POST", "郵送", "POST", List.of("by post")),
                    new Code("COUNTER", "窓口", "COUNTER", List.of("地方官署窓口", "at the regional office counter"))),
            0, 16);
    private static final BulkColumn KANJI_WANTED = new BulkColumn(KANJI_REQUESTED, "漢字氏名の併記の希望",
            "Kanji name requested", Type.YES_NO, YES_NO_CODES, 0, 14);
    private static final BulkColumn KANJI = new BulkColumn(KANJI_NAME, "併記を希望する漢字氏名", "Kanji name to be shown",
            Type.TEXT, List.of(), TextLimits.NAME, 20);
    private static final BulkColumn MAIL = new BulkColumn(APPLICANT_MAIL, "申請人のメールアドレス",
            "Applicant's mail address", Type.TEXT, List.of(), TextLimits.MAIL, 30);
    private static final BulkColumn LANGUAGE = new BulkColumn(APPLICANT_LANGUAGE, "申請人へのメールの言語",
            "Language of the applicant's mails", Type.CODE, List.of(
                    // each language by its own name: 日本語 / English (AP11)
                    new Code("ja", "日本語", "日本語", List.of("Japanese", "ja")),
                    new Code("en", "English", "English", List.of("英語", "en"))),
            0, 14);

    private static final List<BulkColumn> EXTENSION = List.of(CARD, NAME, STATUS, EXPIRY, PRESENCE, PERIOD,
            REASON_COLUMN, RECEIPT, KANJI_WANTED, KANJI, MAIL, LANGUAGE);

    /** The screen's order: the person, presence, what is applied for, receipt, kanji name, the applicant's mail. */
    private static final List<BulkColumn> EXTENSION_WITH_PERMITS = List.of(CARD, NAME, STATUS, EXPIRY, PRESENCE,
            RE_ENTRY_PERMIT, ACTIVITY, PERIOD, REASON_COLUMN, RECEIPT, KANJI_WANTED, KANJI, MAIL, LANGUAGE);

    public BulkColumn {
        codes = List.copyOf(codes);
    }

    /** The ordered columns of a kind's sheet. */
    public static List<BulkColumn> of(BulkKind kind) {
        return switch (kind) {
            case EXTENSION -> EXTENSION;
            case EXTENSION_WITH_PERMITS -> EXTENSION_WITH_PERMITS;
        };
    }

    /** The code a cell's text stands for, in Japanese or English. */
    public Optional<Code> code(String text) {
        return codes.stream().filter(c -> c.matches(text)).findFirst();
    }

    /** The header in the given language (Japanese for {@code ja}, English otherwise). */
    public String header(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? headerJa : headerEn;
    }

    /** The drop-down entries of a coded column: the Japanese texts, then the English ones. */
    List<String> dropDown() {
        return java.util.stream.Stream.concat(codes.stream().map(Code::ja), codes.stream().map(Code::en))
                .distinct().toList();
    }
}
