package jp.ras.domain.model.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import jp.ras.domain.shared.PersonalDataProtection;

/**
 * The residence card number (在留カード番号): two letters, eight digits, two letters, e.g. AB12345678CD. A value is
 * always well formed. It is personal data (SE1): stored encrypted ({@link EncryptedColumn}), found by the keyed
 * hash of its text ({@link #lookupHash()}).
 */
public record ResidenceCardNumber(String value) implements Serializable {

    /** @throws IllegalArgumentException when {@code value} is no residence card number */
    public ResidenceCardNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a residence card number");
        }
    }

    /** The number as typed (blanks and lower case allowed), or empty when it is none. */
    public static Optional<ResidenceCardNumber> parse(String raw) {
        String number = normalise(raw);
        return isValid(number) ? Optional.of(new ResidenceCardNumber(number)) : Optional.empty();
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String number) {
        return number != null && number.matches("[A-Z]{2}[0-9]{8}[A-Z]{2}");
    }

    /** Only the first two and last two characters shown, for the public tier. */
    public String masked() {
        return value.substring(0, 2) + "********" + value.substring(10);
    }

    /** The keyed hash an equality search compares (the encrypted column differs each time it is written). */
    public String lookupHash() {
        return PersonalDataProtection.current().lookupHash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * Stores the number encrypted by {@link PersonalDataProtection}, as {@code EncryptedStringConverter} stores text.
     * Used only where named: {@code @Convert(converter = ResidenceCardNumber.EncryptedColumn.class)}.
     */
    @Converter(autoApply = false)
    public static class EncryptedColumn implements AttributeConverter<ResidenceCardNumber, String> {

        /** Null: the application's ({@link PersonalDataProtection#current()}, looked up at first use). */
        private final PersonalDataProtection protection;

        public EncryptedColumn() {
            this(null);
        }

        /** Under another protection than the application's, such as a cipher with a test's key. */
        public EncryptedColumn(PersonalDataProtection protection) {
            this.protection = protection;
        }

        @Override
        public String convertToDatabaseColumn(ResidenceCardNumber number) {
            return number == null ? null : protection().encrypt(number.value());
        }

        @Override
        public ResidenceCardNumber convertToEntityAttribute(String dbData) {
            return dbData == null ? null : new ResidenceCardNumber(protection().decrypt(dbData));
        }

        private PersonalDataProtection protection() {
            return protection != null ? protection : PersonalDataProtection.current();
        }
    }
}
