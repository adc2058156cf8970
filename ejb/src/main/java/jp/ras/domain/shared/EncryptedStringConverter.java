package jp.ras.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a String attribute encrypted by {@link PersonalDataProtection}. Used only where named:
 * {@code @Convert(converter = EncryptedStringConverter.class)}.
 */
@Converter(autoApply = false)
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : PersonalDataProtection.current().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData == null ? null : PersonalDataProtection.current().decrypt(dbData);
    }
}
