package jp.ras.interfaces.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.ras.domain.model.application.ApplicationStatus;

/**
 * AP11 for the API: error texts in Japanese or English, chosen by the caller's {@code Accept-Language} (RFC 4647
 * lookup, weights respected); Japanese when the header is missing, malformed or names neither. The texts are the
 * screens' own ({@code violation.<key>} in {@code messages_*.properties}) plus the API's ({@code api_*.properties}).
 */
public final class ApiLanguage {

    public static final Locale DEFAULT = Locale.JAPANESE;

    private static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ApiLanguage() {
    }

    /** Japanese or English, whichever the header prefers first; Japanese when it names neither. */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(r -> r.getWeight() > 0).toList();
            Locale found = Locale.lookup(ranges, SUPPORTED);
            return found == null ? DEFAULT : found;
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    /** Issue 15: an application's status in the words the screens use, in the language. */
    public static String status(Locale locale, ApplicationStatus status) {
        return status == null ? null : text(locale, "applicationStatus." + status.name());
    }

    /** The text of {@code key} in the API's bundle, else the screens' bundle; the key itself when neither has it. */
    public static String text(Locale locale, String key, Object... arguments) {
        for (String bundle : List.of("jp.ras.web.api", "jp.ras.web.messages")) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }
}
