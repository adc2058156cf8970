package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail texts in Japanese and English ({@code mail-templates_*.properties}). A template has a subject and a body;
 * {@code {name}} is replaced by the parameter of that name. Every mail ends with the no-reply footer (section 7).
 */
@ApplicationScoped
public class MailTemplates {

    /** Looked up once: {@code Json.create…} asks the service loader on every call (bench/bulk). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String BUNDLE = "jp.ras.infrastructure.mail.mail-templates";

    @Inject
    @ConfigProperty(name = "ras.base.url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public void requireKnown(String template) {
        bundle(Locale.JAPANESE).getString(template + ".subject");
        bundle(Locale.ENGLISH).getString(template + ".subject");
    }

    /** Every template's name, sorted (the supervisor's filter). */
    public java.util.List<String> names() {
        return bundle(Locale.ENGLISH).keySet().stream().filter(k -> k.endsWith(".subject"))
                .map(k -> k.substring(0, k.length() - ".subject".length())).sorted().toList();
    }

    public RenderedMail render(String template, Locale locale, String paramsJson) {
        ResourceBundle bundle = bundle(locale);
        JsonObject params;
        try (var reader = JSON.createReader(new StringReader(paramsJson))) {
            params = reader.readObject();
        }
        String subject = text(bundle, template + ".subject", params);
        String body = text(bundle, template + ".body", params) + "\n\n"
                + fill(bundle.getString("footer"), params);
        return new RenderedMail(subject, body);
    }

    /** The parameters filled in, then the words they name, then the parameters those words hold (three deep). */
    private String text(ResourceBundle bundle, String key, JsonObject params) {
        String text = fill(bundle.getString(key), params);
        for (int depth = 0; depth < 3 && text.contains("{@"); depth++) {
            text = fill(words(text, bundle), params);
        }
        return text;
    }

    private String fill(String text, JsonObject params) {
        String result = text.replace("{baseUrl}", baseUrl);
        for (var entry : params.entrySet()) {
            String value = entry.getValue() instanceof JsonString s ? s.getString() : entry.getValue().toString();
            result = result.replace("{" + entry.getKey() + "}", value);
        }
        return result;
    }

    /**
     * Replaces {@code {@key}} by that key's text in the mail's language, once the parameters are filled in, so that
     * a template says a parameter's meaning in words ({@code {@method.{method}}} becomes 窓口 or "at the counter")
     * and picks the paragraph that fits ({@code {@review-completed.{outcome}}}). A key the bundle lacks stays as it
     * is (a mail queued before its template had the parameter).
     */
    static String words(String text, ResourceBundle bundle) {
        StringBuilder result = new StringBuilder(text.length());
        int from = 0;
        int start;
        while ((start = text.indexOf("{@", from)) >= 0) {
            int end = text.indexOf('}', start);
            if (end < 0) {
                break;
            }
            String key = text.substring(start + 2, end);
            result.append(text, from, start);
            result.append(bundle.containsKey(key) ? bundle.getString(key) : text.substring(start, end + 1));
            from = end + 1;
        }
        return result.append(text.substring(from)).toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE, MailTemplates.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }
}
