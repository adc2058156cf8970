package jp.ras.application;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.ras.domain.model.application.ReceiptNumber;

/** Issue 17: an application's number as an applicant types it, for {@link CaseStatusService}. */
public final class CaseNumbers {

    /** The longest number kept: longer input is no number of RAS and is cut before it is counted or audited. */
    static final int MAX_NUMBER = 32;

    /** RN1: 申請受付仮番号, the acceptance date and seven digits. */
    private static final Pattern PROVISIONAL = Pattern.compile("\\d{8}-\\d{7}");

    private CaseNumbers() {
    }

    /**
     * The number as RAS compares it: full-width letters and digits made half-width, half-width katakana full-width
     * (NFKC), spaces and hyphens of other scripts dropped or made ASCII, letters upper case.
     */
    public static String normalise(String number) {
        if (number == null) {
            return "";
        }
        String text = Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replace('‐', '-').replace('−', '-').toUpperCase(Locale.ROOT);
        return text.length() > MAX_NUMBER ? text.substring(0, MAX_NUMBER) : text;
    }

    /** Whether the text is shaped like a receipt number (東オンE26000123) or a provisional one (20261207-0000123). */
    public static boolean wellFormed(String number) {
        String text = normalise(number);
        return ReceiptNumber.isValid(text) || isProvisional(text);
    }

    /** Whether a normalised number is shaped like a provisional one (RN1). */
    static boolean isProvisional(String number) {
        return PROVISIONAL.matcher(number).matches();
    }
}
