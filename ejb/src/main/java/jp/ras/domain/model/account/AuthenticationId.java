package jp.ras.domain.model.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.ras.domain.shared.TextLimits;

/**
 * An authentication ID (認証ID). IDs issued on approval are a role prefix and seven digits from a database sequence
 * ({@link #issued}), so an ID is unique and never reused (U1, AC3); agents get one per organisation (U2): each
 * approval issues a new one. Any ID is 1 to {@value TextLimits#AUTH_ID} visible ASCII characters — accounts made
 * outside approval (the operations check's {@code check-user}) keep their own. A value is always well formed; it is
 * stored as its text ({@link Column}).
 */
public record AuthenticationId(String value) implements Serializable {

    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1," + TextLimits.AUTH_ID + "}");

    /** @throws IllegalArgumentException when {@code value} is no authentication ID */
    public AuthenticationId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an authentication ID: " + value);
        }
    }

    /** U1, AC3: the ID issued to a user of {@code role} with the {@code number}-th number of the sequence. */
    public static AuthenticationId issued(Role role, long number) {
        if (number <= 0 || number > 9_999_999) {
            throw new IllegalArgumentException("authentication ID number out of range: " + number);
        }
        String prefix = switch (role) {
            case ORG_USER -> "ORG";
            case AGENT -> "AGT";
            case OFFICER -> "OFC";
            case SUPERVISOR -> "SUP";
        };
        return new AuthenticationId(prefix + String.format("%07d", number));
    }

    /** What a user typed (surrounding blanks ignored), or empty when it cannot be an ID (then no account has it). */
    public static Optional<AuthenticationId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return isValid(stripped) ? Optional.of(new AuthenticationId(stripped)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    /** The column holds the ID's text; every {@code AuthenticationId} attribute is stored so. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<AuthenticationId, String> {

        @Override
        public String convertToDatabaseColumn(AuthenticationId id) {
            return id == null ? null : id.value();
        }

        @Override
        public AuthenticationId convertToEntityAttribute(String text) {
            return text == null ? null : new AuthenticationId(text);
        }
    }
}
