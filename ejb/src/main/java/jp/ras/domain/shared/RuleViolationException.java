package jp.ras.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks one or more rules. Nothing is stored: the transaction rolls back and the screen shows each
 * violation on its field.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Security 3: refuses {@code value} when it is longer than {@code limit} ({@link TextLimits}). */
    public static void checkLength(String value, String field, int limit) {
        if (!TextLimits.fits(value, limit)) {
            throw new RuleViolationException(List.of(Violation.tooLong(field, limit)));
        }
    }

    public static RuleViolationException of(String field, String key, String rule) {
        return new RuleViolationException(List.of(Violation.of(field, key, rule)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Collects violations and throws them together, so the user sees every wrong field at once. */
    public static final class Collector {
        private final List<Violation> found = new ArrayList<>();

        public Collector check(boolean ok, String field, String key) {
            return check(ok, field, key, null);
        }

        public Collector check(boolean ok, String field, String key, String rule) {
            if (!ok) {
                found.add(Violation.of(field, key, rule));
            }
            return this;
        }

        /** Security 3: {@code value} longer than its limit of {@link TextLimits} is a violation on its field. */
        public Collector length(String value, String field, int limit) {
            if (!TextLimits.fits(value, limit)) {
                found.add(Violation.tooLong(field, limit));
            }
            return this;
        }

        public Collector add(List<Violation> violations) {
            found.addAll(violations);
            return this;
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        /** What was found so far. */
        public List<Violation> violations() {
            return List.copyOf(found);
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new RuleViolationException(found);
            }
        }
    }
}
