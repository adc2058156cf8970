package jp.ras.interfaces.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Tidies the document Payara generates at {@code /openapi} (measured on Payara Micro 6.2025.10): each
 * {@code @Schema} annotation is copied with every default of the annotation, among them {@code maxProperties: 0},
 * which would declare every annotated object empty, and {@code nullable: false} on optional fields. Those
 * defaults are removed (a schema without them means the same); enumerations and dates typed {@code object} are
 * typed {@code string}, as JSON-B writes them; and each tag is listed once, with its description.
 * A schema whose {@code format} names one of RAS's enumerations ({@link #APPLICATION_STATUS} …) lists that
 * enumeration's constants instead.
 * Registered by {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class OpenApiFilter implements OASFilter {

    /**
     * Issue 16: {@code @Schema(format = OpenApiFilter.APPLICATION_STATUS)} documents a string that holds an
     * {@link ApplicationStatus}; the filter lists its constants, in their order, and drops the format. An annotation
     * can only name constants, not an enumeration's values, so the lists are taken from the enumerations here
     * instead of being written out on every field and parameter.
     */
    public static final String APPLICATION_STATUS = "ras-enum:ApplicationStatus";

    /** A string that holds a {@link ReEntryPermit}; see {@link #APPLICATION_STATUS}. */
    public static final String RE_ENTRY_PERMIT = "ras-enum:ReEntryPermit";

    /** A string that holds a {@link ReceiptMethod}; see {@link #APPLICATION_STATUS}. */
    public static final String RECEIPT_METHOD = "ras-enum:ReceiptMethod";

    private static final Map<String, List<Object>> ENUMERATIONS = Map.of(
            APPLICATION_STATUS, names(ApplicationStatus.values()),
            RE_ENTRY_PERMIT, names(ReEntryPermit.values()),
            RECEIPT_METHOD, names(ReceiptMethod.values()));

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> constants = schema.getFormat() == null ? null : ENUMERATIONS.get(schema.getFormat());
        if (constants != null) {
            schema.setFormat(null);
            schema.setEnumeration(new ArrayList<>(constants));
        }
        // Payara types enumerations and java.time values "object" even where @Schema says string; JSON-B writes
        // them as strings, and their enumeration or date format says so.
        if (schema.getType() == Schema.SchemaType.OBJECT && (schema.getEnumeration() != null
                && !schema.getEnumeration().isEmpty() || "date".equals(schema.getFormat())
                || "date-time".equals(schema.getFormat()))) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if (isZero(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (isZero(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (isZero(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        List<Tag> tags = openApi.getTags();
        if (tags == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        List<Tag> once = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.getDescription() != null && seen.add(tag.getName())) {
                once.add(tag);
            }
        }
        for (Tag tag : tags) {
            if (seen.add(tag.getName())) {
                once.add(tag);
            }
        }
        openApi.setTags(once);
    }

    private static List<Object> names(Enum<?>[] constants) {
        return Arrays.stream(constants).<Object>map(Enum::name).toList();
    }

    private static boolean isZero(Object value) {
        return value instanceof Integer i ? i == 0 : value instanceof BigDecimal b && b.signum() == 0;
    }
}
