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

    public RenderedMail render(String template, Locale locale, String paramsJson) {
        ResourceBundle bundle = bundle(locale);
        JsonObject params;
        try (var reader = JSON.createReader(new StringReader(paramsJson))) {
            params = reader.readObject();
        }
        String subject = fill(bundle.getString(template + ".subject"), params);
        String body = fill(bundle.getString(template + ".body"), params) + "\n\n"
                + fill(bundle.getString("footer"), params);
        return new RenderedMail(subject, body);
    }

    private String fill(String text, JsonObject params) {
        String result = text.replace("{baseUrl}", baseUrl);
        for (var entry : params.entrySet()) {
            String value = entry.getValue() instanceof JsonString s ? s.getString() : entry.getValue().toString();
            result = result.replace("{" + entry.getKey() + "}", value);
        }
        return result;
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
