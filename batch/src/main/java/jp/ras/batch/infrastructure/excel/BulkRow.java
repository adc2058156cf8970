package jp.ras.batch.infrastructure.excel;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One data row as read: {@code rowNumber} is the 1-based row number the user sees in the spreadsheet (the record
 * number in a CSV); {@code values} holds every column of the kind by its key, in column order, each the cell's text
 * trimmed ({@code ""} when empty), a date cell as ISO {@code yyyy-MM-dd}; {@code merged} the columns whose cell is
 * empty because a merged range above or to the left covers it (issue 19: the user sees a value there).
 */
public record BulkRow(int rowNumber, Map<String, String> values, Set<String> merged) {

    public BulkRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        merged = Set.copyOf(merged);
    }

    public BulkRow(int rowNumber, Map<String, String> values) {
        this(rowNumber, values, Set.of());
    }

    /** The value of a column, {@code ""} when it has none. */
    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    /** The values as a JSON object of texts, as a refused row keeps them (B2). */
    public String toJson() {
        JsonObjectBuilder cells = Json.PROVIDER.createObjectBuilder();
        values.forEach((k, v) -> cells.add(k, v == null ? "" : v));
        return cells.build().toString();
    }

    /** A row kept as {@link #toJson()} wrote it, read again (B1: to file it once its photo is attached). */
    public static BulkRow ofJson(int rowNumber, String json) {
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonReader reader = Json.PROVIDER.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return new BulkRow(rowNumber, values);
    }

    /**
     * Looked up once, on first use: {@code jakarta.json.Json.createObjectBuilder()} asks the service loader on every
     * call, which searched every jar of the application and took most of a bulk filing's row processing (bench/bulk).
     */
    private static final class Json {

        static final JsonProvider PROVIDER = JsonProvider.provider();
    }
}
