package jp.ras.infrastructure.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a String attribute encrypted with {@link PersonalDataKey#cipher()} (see {@link PersonalDataCipher} for
 * the stored form). Used only where named: {@code @Convert(converter = EncryptedStringConverter.class)}.
 */
@Converter(autoApply = false)
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : PersonalDataKey.cipher().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData == null ? null : PersonalDataKey.cipher().decrypt(dbData);
    }
}
