package jp.ras.domain.model.organisation;

/**
 * 法人番号: 13 digits whose first digit is a check digit over the other twelve (National Tax Agency rule:
 * 9 − (Σ Pn·Qn mod 9), Pn the n-th digit counted from the right of the 12, Qn 1 for odd n and 2 for even n).
 */
public final class CorporateNumber {

    private CorporateNumber() {
    }

    /** Half-width digits only; full-width digits and separators a user may type are removed. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        raw.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + c - '０'));
            } else if (c >= '0' && c <= '9') {
                digits.append((char) c);
            } else if (c != '-' && c != ' ' && c != '　') {
                digits.append('x');
            }
        });
        return digits.isEmpty() ? null : digits.toString();
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = number.charAt(13 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return number.charAt(0) - '0' == 9 - sum % 9;
    }
}
