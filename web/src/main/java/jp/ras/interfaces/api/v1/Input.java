package jp.ras.interfaces.api.v1;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;
import jp.ras.domain.shared.RuleViolationException;

/**
 * Reads the API's plain JSON values (strings for enumerations and dates, base64 for files) into the services'
 * types; a value that cannot be read is a field error like any other (AP9), never a bare 400.
 */
final class Input {

    private final RuleViolationException.Collector violations = new RuleViolationException.Collector();

    /** An enumeration constant by its name; null for null or blank. */
    <E extends Enum<E>> E constant(Class<E> type, String value, String field, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.strip())).findFirst()
                .orElseGet(() -> {
                    violations.check(false, field, key);
                    return null;
                });
    }

    /** A date {@code yyyy-MM-dd}; null for null or blank. */
    LocalDate date(String value, String field) {
        return parse(value, field, "date", LocalDate::parse);
    }

    /** {@code ja} or {@code en}; null for null or blank. */
    Locale language(String value, String field) {
        return parse(value, field, "apiLanguage", v -> switch (v) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException(v);
        });
    }

    /** Base64 (RFC 4648, standard alphabet; line breaks allowed); null for null or blank. */
    byte[] base64(String value, String field) {
        return parse(value, field, "apiBase64", v -> Base64.getDecoder().decode(v.replaceAll("\\s", "")));
    }

    void require(boolean ok, String field, String key) {
        violations.check(ok, field, key);
    }

    /** Throws the field errors found, if any. */
    void done() {
        violations.throwIfAny();
    }

    private <T> T parse(String value, String field, String key, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.check(false, field, key);
            return null;
        }
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
