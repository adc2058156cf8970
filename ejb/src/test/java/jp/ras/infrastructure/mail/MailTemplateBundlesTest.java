package jp.ras.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every mail exists in Japanese and English, and names a contact (section 7). */
class MailTemplateBundlesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplateBundlesTest.class
                .getResourceAsStream("mail-templates_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test

    @DisplayName("AP11 mail: Japanese and English have the same templates")
    void japaneseAndEnglishHaveTheSameTemplates() throws IOException {
        assertEquals(new TreeSet<>(load("ja").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test

    @DisplayName("AP11 mail: every template has a subject and a body")
    void everyTemplateHasASubjectAndABody() throws IOException {
        Properties ja = load("ja");
        for (String key : ja.stringPropertyNames()) {
            if (key.endsWith(".subject")) {
                assertTrue(ja.containsKey(key.replace(".subject", ".body")), key);
            }
        }
    }

    @Test

    @DisplayName("Mail (Q75, Q85): the footer says no-reply and names a contact")
    void theFooterSaysNoReplyAndNamesAContact() throws IOException {
        assertTrue(load("ja").getProperty("footer").contains("返信はできません"));
        assertTrue(load("en").getProperty("footer").contains("no-reply"));
        assertTrue(load("en").getProperty("footer").contains("Contact"));
    }
}
