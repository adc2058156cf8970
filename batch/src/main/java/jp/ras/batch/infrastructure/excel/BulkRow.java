package jp.ras.batch.infrastructure.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row as read: {@code rowNumber} is the 1-based row number the user sees in the spreadsheet (the record
 * number in a CSV); {@code values} holds every column of the kind by its key, in column order, each the cell's text
 * trimmed ({@code ""} when empty), a date cell as ISO {@code yyyy-MM-dd}.
 */
public record BulkRow(int rowNumber, Map<String, String> values) {

    public BulkRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a column, {@code ""} when it has none. */
    public String value(String key) {
        return values.getOrDefault(key, "");
    }
}
