package jp.ras.interfaces.web.application;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import jp.ras.domain.model.application.Draft;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.shared.JapanTime;

/**
 * B3: the typed fields of the filing form (app/file.xhtml) as the JSON of its server-side draft. The face photo is
 * not part of it (a draft holds at most {@link Draft#MAX_CONTENT} characters; the page asks for the photo again).
 * Reading never fails: content that is not this form's JSON gives no draft, a field of the wrong type or an unknown
 * value is left out, unknown fields are ignored. Every text is cut to a bound well above its field's own limit (the
 * browser's {@code maxlength} counts a line break once, the request carries two characters), so a draft always fits.
 */
public record FilingDraft(Long person, ReEntryPermit reEntry, boolean activityPermission, String desiredPeriod,
        String reason, boolean presenceConfirmed, ReceiptMethod receiptMethod, boolean kanjiRequested,
        String kanjiName, String applicantMail, String applicantLanguage) implements Serializable {

    /** The version of this JSON, written into every draft. */
    static final int VERSION = 1;

    static final int MAX_DESIRED_PERIOD = 64;
    static final int MAX_REASON = 2_000;
    static final int MAX_KANJI_NAME = 400;
    static final int MAX_MAIL = 640;

    private static final BigDecimal MAX_ID = BigDecimal.valueOf(Long.MAX_VALUE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public FilingDraft {
        desiredPeriod = bounded(desiredPeriod, MAX_DESIRED_PERIOD);
        reason = bounded(reason, MAX_REASON);
        kanjiName = bounded(kanjiName, MAX_KANJI_NAME);
        applicantMail = bounded(applicantMail, MAX_MAIL);
        applicantLanguage = "ja".equals(applicantLanguage) || "en".equals(applicantLanguage) ? applicantLanguage
                : null;
        if (person != null && person <= 0) {
            person = null;
        }
    }

    /** Nothing typed or chosen yet (the applicant's mail language has a default, so it does not count). */
    public boolean isBlank() {
        return person == null && (reEntry == null || reEntry == ReEntryPermit.NONE) && !activityPermission
                && isEmpty(desiredPeriod) && isEmpty(reason) && !presenceConfirmed && receiptMethod == null
                && !kanjiRequested && isEmpty(kanjiName) && isEmpty(applicantMail);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("v", VERSION);
        if (person != null) {
            json.add("person", person);
        }
        if (reEntry != null) {
            json.add("reEntry", reEntry.name());
        }
        json.add("activityPermission", activityPermission);
        text(json, "desiredPeriod", desiredPeriod);
        text(json, "reason", reason);
        json.add("presenceConfirmed", presenceConfirmed);
        if (receiptMethod != null) {
            json.add("receiptMethod", receiptMethod.name());
        }
        json.add("kanjiRequested", kanjiRequested);
        text(json, "kanjiName", kanjiName);
        text(json, "applicantMail", applicantMail);
        text(json, "applicantLanguage", applicantLanguage);
        return json.build().toString();
    }

    /** The draft in this content; empty when it is missing, too long, not JSON or not a JSON object. */
    public static Optional<FilingDraft> fromJson(String content) {
        if (content == null || content.isBlank() || content.length() > Draft.MAX_CONTENT) {
            return Optional.empty();
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Optional.empty();
            }
            json = value.asJsonObject();
        } catch (RuntimeException e) {
            // JsonException, but Parsson also throws NumberFormatException (an exponent too long) and a bare
            // RuntimeException (nested too deep): whatever the content, it is no draft
            return Optional.empty();
        }
        return Optional.of(new FilingDraft(number(json, "person"), constant(ReEntryPermit.class, json, "reEntry"),
                flag(json, "activityPermission"), text(json, "desiredPeriod"), text(json, "reason"),
                flag(json, "presenceConfirmed"), constant(ReceiptMethod.class, json, "receiptMethod"),
                flag(json, "kanjiRequested"), text(json, "kanjiName"), text(json, "applicantMail"),
                text(json, "applicantLanguage")));
    }

    /** When a draft was saved, as the page shows it: the Japan time, with the date unless it is today. */
    public static String shownTime(Instant savedAt, Clock clock) {
        ZonedDateTime saved = savedAt.atZone(JapanTime.ZONE);
        return (saved.toLocalDate().equals(JapanTime.today(clock)) ? TIME : DATE_TIME).format(saved);
    }

    /** Issue 15: when a draft was saved, with its date and Japan time, as the notice of a restored draft says it. */
    public static String shownDateTime(Instant savedAt) {
        return DATE_TIME.format(savedAt.atZone(JapanTime.ZONE));
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static boolean flag(JsonObject json, String name) {
        return json.get(name) == JsonValue.TRUE;
    }

    /** A positive whole number that fits a long; read as a decimal, so 1e999999999 costs nothing. */
    private static Long number(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonNumber n)) {
            return null;
        }
        BigDecimal value = n.bigDecimalValue();
        if (value.signum() <= 0 || value.compareTo(MAX_ID) > 0) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonObject json, String name) {
        String value = text(json, name);
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
        }
        return null;
    }

    /** The text cut to {@code max} characters, never between the two halves of a surrogate pair. */
    private static String bounded(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }
}
