package jp.ras.domain.model.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.Serializable;

/**
 * A mail address. AC6: any mail address is accepted, whatever its domain; only its shape is checked (a local part
 * of at most 64 characters, an {@code @}, a domain with a dot, at most 254 characters, no blanks). A value is
 * always well formed; it is stored as its text ({@link Column}).
 */
public record MailAddress(String value) implements Serializable {

    /** @throws IllegalArgumentException when {@code value} is no mail address (AC6) */
    public MailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a mail address");
        }
    }

    /** The address a user typed, surrounding blanks removed. @throws IllegalArgumentException when it is none */
    public static MailAddress of(String text) {
        return new MailAddress(text == null ? null : text.strip());
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254
                && address.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]+");
    }

    /** The same mailbox, whatever the case of the letters (as a user retyping their address is compared). */
    public boolean sameAs(String other) {
        return other != null && value.equalsIgnoreCase(other.strip());
    }

    @Override
    public String toString() {
        return value;
    }

    /** The column holds the address's text; every {@code MailAddress} attribute is stored so. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<MailAddress, String> {

        @Override
        public String convertToDatabaseColumn(MailAddress address) {
            return address == null ? null : address.value();
        }

        @Override
        public MailAddress convertToEntityAttribute(String text) {
            return text == null ? null : new MailAddress(text);
        }
    }
}
