package jp.ras.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Stores a {@link LocalDate} (a date of birth) encrypted by {@link PersonalDataProtection}: the ISO date
 * ({@code 1990-04-01}) inside the ciphertext. Used only where named:
 * {@code @Convert(converter = EncryptedDateConverter.class)}.
 */
@Converter(autoApply = false)
public class EncryptedDateConverter implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null : encrypt(attribute, PersonalDataProtection.current());
    }

    @Override
    public LocalDate convertToEntityAttribute(String dbData) {
        return dbData == null ? null : decrypt(dbData, PersonalDataProtection.current());
    }

    public static String encrypt(LocalDate date, PersonalDataProtection protection) {
        return date == null ? null : protection.encrypt(date.toString());
    }

    public static LocalDate decrypt(String stored, PersonalDataProtection protection) {
        String iso = protection.decrypt(stored);
        return iso == null ? null : LocalDate.parse(iso);
    }
}
