package jp.ras.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a JPQL where-clause from the filters a user actually set. (PostgreSQL cannot type a bare
 * {@code :param is null}, so optional filters are left out rather than bound as null.)
 */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} with its parameter when {@code value} is set (non-null, non-blank). */
    Where and(String condition, String parameter, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds {@code condition}, which always applies, with all its parameters (none of them null). */
    Where and(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** A case-insensitive "contains" filter. */
    static String contains(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
    }

    String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
