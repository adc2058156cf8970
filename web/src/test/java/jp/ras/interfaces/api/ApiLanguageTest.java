package jp.ras.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiLanguageTest {

    @DisplayName("AP11: the API's language follows Accept-Language, Japanese by default")
    @ParameterizedTest(name = "AP11: Accept-Language \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | ja",
        "'' | ja",
        "ja | ja",
        "en | en",
        "en-US | en",
        "en-GB,en;q=0.9 | en",
        "ja-JP,ja;q=0.9,en;q=0.8 | ja",
        "fr-FR,fr;q=0.9,en;q=0.5 | en",
        "en;q=0.3,ja;q=0.7 | ja",
        "en;q=0.7,ja;q=0.3 | en",
        "fr | ja",
        "* | ja",
        "en;q=0,fr | ja",
        "de, EN | en",
        ";;;garbage=== | ja"})
    void ap11_languageChoice(String header, String expected) {
        assertEquals(Locale.forLanguageTag(expected), ApiLanguage.choose(header));
    }

    @Test
    @DisplayName("AP11, AP9: a violation's text comes from the screens' bundle, in Japanese or English")
    void ap11_violationTexts() {
        String ja = ApiLanguage.text(Locale.JAPANESE, "violation.windowExpired");
        String en = ApiLanguage.text(Locale.ENGLISH, "violation.windowExpired");
        assertTrue(ja.contains("地方出入国在留管理官署") || ja.contains("窓口") || ja.matches(".*[\\u3040-\\u30ff].*"), ja);
        assertTrue(en.contains("regional immigration office"), en);
        assertNotEquals(ja, en);
    }

    @Test
    @DisplayName("The API's own texts come first; an unknown key answers itself")
    void apiTexts() {
        assertTrue(ApiLanguage.text(Locale.ENGLISH, "api.passwordExpired").contains("Log in on the web"));
        assertTrue(ApiLanguage.text(Locale.JAPANESE, "api.passwordExpired").contains("画面からログイン"));
        assertEquals("no.such.key", ApiLanguage.text(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    @DisplayName("AP11: the Japanese and English API bundles have the same keys")
    void ap11_sameKeys() throws IOException {
        assertEquals(keys("ja"), keys("en"));
    }

    private static TreeSet<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApiLanguageTest.class.getResourceAsStream("/jp/ras/web/api_" + language
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
