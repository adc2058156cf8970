package jp.ras.domain.shared;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One broken rule, tied to the input field it concerns (AP9): {@code key} names the message in the screens'
 * bundles ({@code violation.<key>}), {@code rule} the spec rule it enforces, when there is one. A key may carry
 * the message's arguments after colons ({@code tooLong:200}: {@code violation.tooLong} with 200), so they survive
 * wherever a violation is stored as text (a bulk-filing row's errors).
 */
public record Violation(String field, String key, String rule) implements Serializable {

    public static Violation of(String field, String key) {
        return new Violation(field, key, null);
    }

    public static Violation of(String field, String key, String rule) {
        return new Violation(field, key, rule);
    }

    /** The text is longer than its one limit ({@link TextLimits}): rule {@value TextLimits#RULE}. */
    public static Violation tooLong(String field, int limit) {
        return new Violation(field, TextLimits.KEY + ":" + limit, TextLimits.RULE);
    }

    /** The key of the message in the bundles, without arguments. */
    public String messageKey() {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** The message's arguments: numbers as numbers, so the bundles format them in the reader's language. */
    public Object[] messageArguments() {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return new Object[0];
        }
        return Arrays.stream(key.substring(colon + 1).split(":"))
                .map(a -> a.matches("\\d{1,9}") ? (Object) Integer.valueOf(a) : a).toArray();
    }
}
