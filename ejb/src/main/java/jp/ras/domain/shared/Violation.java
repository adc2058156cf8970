package jp.ras.domain.shared;

/**
 * One broken rule, tied to the input field it concerns (AP9): {@code key} names the message in the screens'
 * bundles ({@code violation.<key>}), {@code rule} the spec rule it enforces, when there is one.
 */
public record Violation(String field, String key, String rule) {

    public static Violation of(String field, String key) {
        return new Violation(field, key, null);
    }

    public static Violation of(String field, String key, String rule) {
        return new Violation(field, key, rule);
    }
}
