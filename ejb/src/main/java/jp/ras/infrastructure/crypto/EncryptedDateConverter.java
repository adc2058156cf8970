package jp.ras.infrastructure.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Stores a {@link LocalDate} (a date of birth) encrypted with {@link PersonalDataKey#cipher()}: the ISO date
 * ({@code 1990-04-01}) inside the ciphertext. Used only where named:
 * {@code @Convert(converter = EncryptedDateConverter.class)}.
 */
@Converter(autoApply = false)
public class EncryptedDateConverter implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null : encrypt(attribute, PersonalDataKey.cipher());
    }

    @Override
    public LocalDate convertToEntityAttribute(String dbData) {
        return dbData == null ? null : decrypt(dbData, PersonalDataKey.cipher());
    }

    static String encrypt(LocalDate date, PersonalDataCipher cipher) {
        return date == null ? null : cipher.encrypt(date.toString());
    }

    static LocalDate decrypt(String stored, PersonalDataCipher cipher) {
        String iso = cipher.decrypt(stored);
        return iso == null ? null : LocalDate.parse(iso);
    }
}
