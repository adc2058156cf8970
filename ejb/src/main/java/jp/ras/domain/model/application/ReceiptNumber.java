package jp.ras.domain.model.application;

/**
 * 申請受付番号 (RN2): the office's character, オン, E (extension), and 8 digits — the acceptance year's last two
 * digits and a six-digit number counted per office and year — e.g. 東オンE26000123.
 */
public final class ReceiptNumber {

    private ReceiptNumber() {
    }

    public static String format(String officeChar, int year, long sequence) {
        if (officeChar == null || officeChar.codePointCount(0, officeChar.length()) != 1) {
            throw new IllegalArgumentException("one office character");
        }
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return officeChar + "オンE" + String.format("%02d%06d", year % 100, sequence);
    }

    public static boolean isValid(String number) {
        return number != null && number.matches("\\p{IsHan}オンE\\d{8}");
    }
}
