package jp.ras.domain.model.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.Serializable;

/**
 * 法人番号 (UA4): 13 digits whose first digit is a check digit over the other twelve (National Tax Agency rule:
 * 9 − (Σ Pn·Qn mod 9), Pn the n-th digit counted from the right of the 12, Qn 1 for odd n and 2 for even n).
 * A value is always well formed; it is stored as its digits ({@link Column}).
 */
public record CorporateNumber(String value) implements Serializable {

    /** @throws IllegalArgumentException when {@code value} is not 13 half-width digits with a correct check digit */
    public CorporateNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a corporate number: " + value);
        }
    }

    /**
     * The number as a user may type it (full-width digits, hyphens, blanks), or null when nothing was typed: sole
     * proprietors have none. @throws IllegalArgumentException when something was typed that is no corporate number
     */
    public static CorporateNumber ofNullable(String raw) {
        String digits = normalise(raw);
        return digits == null ? null : new CorporateNumber(digits);
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

    @Override
    public String toString() {
        return value;
    }

    /** The column holds the 13 digits; every {@code CorporateNumber} attribute is stored so. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<CorporateNumber, String> {

        @Override
        public String convertToDatabaseColumn(CorporateNumber number) {
            return number == null ? null : number.value();
        }

        @Override
        public CorporateNumber convertToEntityAttribute(String text) {
            return text == null ? null : new CorporateNumber(text);
        }
    }
}
