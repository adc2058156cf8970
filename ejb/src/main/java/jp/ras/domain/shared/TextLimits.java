package jp.ras.domain.shared;

/**
 * Security 3: the one length limit of every text RAS stores, in characters (UTF-16 code units, which is what a
 * browser's {@code maxlength} counts and never more than the code points a database's {@code varchar(n)} counts).
 * The entities' {@code @Column(length = …)} use these constants, the entities refuse a longer value with
 * {@link Violation#tooLong} (field, rule {@value #RULE}; the API answers 422), the screens' {@code maxlength}
 * read them through the {@code limits} bean, and {@code TextLimitsTest} checks every String column of every
 * entity against them and against the Flyway migrations.
 */
public final class TextLimits {

    /** The rule of a too-long text, as the API reports it. */
    public static final String RULE = "maxLength";
    /** The message key ({@code violation.tooLong}, with the limit as its argument). */
    public static final String KEY = "tooLong";

    /** An authentication ID (認証ID): a role prefix and digits, and the IDs of the ITs. */
    public static final int AUTH_ID = 32;
    /** A person's or organisation's name, in roman letters or kanji; an identity document; a file name. */
    public static final int NAME = 200;
    /** A postal address, also where a card is sent; the documents seen at the counter; a removal reason. */
    public static final int ADDRESS = 400;
    /** A mail address as stored; {@code MailAddress} then checks its shape (at most 254, RFC 5321). */
    public static final int MAIL = 320;
    /** A phone number. */
    public static final int PHONE = 32;
    /** A status of residence (在留資格). */
    public static final int STATUS_OF_RESIDENCE = 64;
    /** A period of stay (在留期間) as written: "3年", "6月", "1年6月". */
    public static final int PERIOD = 32;
    /** A free text: a reason, denial reasons, a withdrawal request, a documents request, a note. */
    public static final int LONG_TEXT = 1000;
    /**
     * A status-history note: a {@link #LONG_TEXT} behind a short label of what happened ("RE_ENTRY: " before a
     * withdrawal request, "document: " before a file name).
     */
    public static final int HISTORY_NOTE = LONG_TEXT + 100;
    /** The name of an API token. */
    public static final int TOKEN_NAME = 100;

    private TextLimits() {
    }

    /** Whether {@code value} (null counts as empty) fits in {@code limit} characters. */
    public static boolean fits(String value, int limit) {
        return value == null || value.length() <= limit;
    }

    /** {@code value} cut to {@code limit} characters, for texts RAS writes itself and only records. */
    public static String cut(String value, int limit) {
        return fits(value, limit) ? value : value.substring(0, limit);
    }
}
