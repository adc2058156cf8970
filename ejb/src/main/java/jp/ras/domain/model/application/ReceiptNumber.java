package jp.ras.domain.model.application;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.Serializable;

/**
 * 申請受付番号 (RN2): the office's character, オン, E (extension), and 8 digits — the acceptance year's last two
 * digits and a six-digit number counted per office and year — e.g. 東オンE26000123. A value is always well formed;
 * it is stored as its text ({@link Column}).
 */
public record ReceiptNumber(String value) implements Serializable {

    /** @throws IllegalArgumentException when {@code value} is no receipt number */
    public ReceiptNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a receipt number: " + value);
        }
    }

    /** The {@code sequence}-th number of {@code year} at the office whose character is {@code officeChar}. */
    public static ReceiptNumber of(String officeChar, int year, long sequence) {
        if (officeChar == null || officeChar.codePointCount(0, officeChar.length()) != 1) {
            throw new IllegalArgumentException("one office character");
        }
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return new ReceiptNumber(officeChar + "オンE" + String.format("%02d%06d", year % 100, sequence));
    }

    public static boolean isValid(String number) {
        return number != null && number.matches("\\p{IsHan}オンE\\d{8}");
    }

    @Override
    public String toString() {
        return value;
    }

    /** The column holds the number's text; every {@code ReceiptNumber} attribute is stored so. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<ReceiptNumber, String> {

        @Override
        public String convertToDatabaseColumn(ReceiptNumber number) {
            return number == null ? null : number.value();
        }

        @Override
        public ReceiptNumber convertToEntityAttribute(String text) {
            return text == null ? null : new ReceiptNumber(text);
        }
    }
}
