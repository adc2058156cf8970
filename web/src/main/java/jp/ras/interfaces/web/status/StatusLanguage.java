package jp.ras.interfaces.web.status;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Issue 17: the languages of the status page and the status API: Japanese, English, simplified Chinese and Vietnamese
 * (the largest groups of applicants), in {@code status_*.properties}, every key in all four. The other screens stay
 * in Japanese and English (faces-config.xml's locales are unchanged).
 */
public final class StatusLanguage {

    public static final Locale JAPANESE = Locale.JAPANESE;

    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** In the order the page's language links show them. */
    public static final List<Locale> SUPPORTED = List.of(JAPANESE, Locale.ENGLISH, SIMPLIFIED_CHINESE, VIETNAMESE);

    private static final String BUNDLE = "jp.ras.web.status";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private StatusLanguage() {
    }

    /** The language a page's {@code lang} parameter names ({@code ja}, {@code en}, {@code zh-CN}, {@code vi}). */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return supported(asked);
    }

    /**
     * The first language of {@code Accept-Language} (weights respected) that the status texts speak: any Chinese
     * but the traditional script (zh-TW, zh-HK, zh-MO, zh-Hant) is simplified Chinese; Japanese when none.
     */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return JAPANESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0 || range.getRange().startsWith("*")) {
                    continue;
                }
                Locale found = supported(Locale.forLanguageTag(range.getRange()));
                if (found != null) {
                    return found;
                }
            }
        } catch (IllegalArgumentException e) {
            return JAPANESE;
        }
        return JAPANESE;
    }

    private static Locale supported(Locale asked) {
        switch (asked.getLanguage()) {
            case "ja":
                return JAPANESE;
            case "en":
                return Locale.ENGLISH;
            case "vi":
                return VIETNAMESE;
            case "zh":
                String region = asked.getCountry();
                boolean traditional = "Hant".equalsIgnoreCase(asked.getScript())
                        || (asked.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(region));
                return traditional ? null : SIMPLIFIED_CHINESE;
            default:
                return null;
        }
    }

    /** The language in its own words, as the language links show it. */
    public static String nativeName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ja" -> "日本語";
            case "zh" -> "简体中文";
            case "vi" -> "Tiếng Việt";
            default -> "English";
        };
    }

    /** The language's tag as the page's {@code lang} attribute and links write it. */
    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }

    /** The text of {@code key} in the language, its arguments filled in; the key itself when missing. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, StatusLanguage.class.getClassLoader(),
                    NO_FALLBACK).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
