package jp.ras.domain.model.organisation;

import java.util.Locale;

/** The residence card number (在留カード番号): two letters, eight digits, two letters, e.g. AB12345678CD. */
public final class ResidenceCardNumber {

    private ResidenceCardNumber() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String number) {
        return number != null && number.matches("[A-Z]{2}[0-9]{8}[A-Z]{2}");
    }
}
