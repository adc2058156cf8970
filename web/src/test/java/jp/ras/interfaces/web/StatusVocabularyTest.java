package jp.ras.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.interfaces.api.ApiLanguage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15, item 8: one vocabulary of an application's status for users and officers, screens, API and mails. */
class StatusVocabularyTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StatusVocabularyTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "ST1, AP11: one status vocabulary in \"{0}\"")

    @DisplayName("ST1 (issue 15): one status vocabulary for users and officers, in both languages")
    @ValueSource(strings = {"ja", "en"})
    void st1_oneVocabulary(String language) throws IOException {
        Properties messages = load("/jp/ras/web/messages_" + language + ".properties");
        for (ApplicationStatus status : ApplicationStatus.values()) {
            String word = messages.getProperty("applicationStatus." + status.name());
            assertTrue(word != null && !word.isBlank(), status + " has its word");
            assertEquals(word, ApiLanguage.status(Locale.forLanguageTag(language), status), "the API's word");
        }
        for (String tier : new String[] {"filing", "officer"}) {
            Properties bundle = load("/jp/ras/web/" + tier + "_" + language + ".properties");
            for (ApplicationStatus status : ApplicationStatus.values()) {
                assertFalse(bundle.containsKey("status." + status.name())
                        || bundle.containsKey("review.status." + status.name()),
                        tier + " keeps no words of its own for " + status);
            }
        }
        Properties mails = load("/jp/ras/infrastructure/mail/mail-templates_" + language + ".properties");
        String label = "ja".equals(language) ? "申請状態：" : "status: ";
        Map<String, ApplicationStatus> statusMails = Map.of("documents-requested.body",
                ApplicationStatus.DOCUMENTS_REQUESTED, "review-completed.body", ApplicationStatus.DECIDED,
                "card-issued.body", ApplicationStatus.CARD_READY, "application-withdrawn.WHOLE",
                ApplicationStatus.WITHDRAWN);
        statusMails.forEach((key, status) -> assertTrue(mails.getProperty(key).contains(label
                + messages.getProperty("applicationStatus." + status.name())), key + ": " + mails.getProperty(key)));
        for (String key : mails.stringPropertyNames()) {
            String text = mails.getProperty(key);
            int at = text.indexOf(label);
            if (at >= 0) {
                String rest = text.substring(at + label.length());
                assertTrue(messages.values().stream().filter(v -> messages.entrySet().stream().anyMatch(e ->
                        e.getValue().equals(v) && e.getKey().toString().startsWith("applicationStatus.")))
                        .anyMatch(v -> rest.startsWith(v.toString())), key + " names a status in the screens' words: "
                        + text);
            }
        }
    }
}
