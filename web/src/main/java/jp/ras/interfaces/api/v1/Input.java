package jp.ras.interfaces.api.v1;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.ras.application.NotFoundException;
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

    /** One of {@code allowed}, spelt exactly so; null for null or blank, and for another value (a field error). */
    String oneOf(String value, List<String> allowed, String field, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        boolean known = allowed.contains(value.strip());
        violations.check(known, field, key);
        return known ? value.strip() : null;
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

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent or (with a field error) wrong. */
    int number(String value, int fallback, int min, int max, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            violations.check(n >= min && n <= max, field, "apiRange");
            return n >= min && n <= max ? n : fallback;
        } catch (NumberFormatException e) {
            violations.check(false, field, "apiRange");
            return fallback;
        }
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

    /** The id of a path: one that is not a number names nothing, so it is 404 like any other unknown one. */
    static long id(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what + " " + value);
        }
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
