package jp.ras.batch.infrastructure.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.ras.domain.shared.Violation;

/** B2: a row that was not filed: its row number in the upload, its values as read, and why. */
public record RefusedRow(int rowNumber, Map<String, String> values, List<Violation> violations) {

    public RefusedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        violations = List.copyOf(violations);
    }
}
