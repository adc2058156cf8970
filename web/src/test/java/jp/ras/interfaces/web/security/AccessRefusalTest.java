package jp.ras.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessRefusalTest {

    @DisplayName("AP11, AP12: the refusal page chooses the visitor's language")
    @ParameterizedTest(name = "AP12, AP11: Accept-Language \"{0}\" shows the refusal in {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null | ja",
        "'' | ja",
        "en | en",
        "en-US,en;q=0.9 | en",
        "en-GB,ja;q=0.5 | en",
        "ja,en;q=0.8 | ja",
        "ja-JP | ja",
        "fr-FR,fr;q=0.9 | ja",
        "fr,en;q=0.7,ja;q=0.3 | en",
        "de,ja;q=0.5,en;q=0.4 | ja",
        "*;q=0.1 | ja",
        "%%% | ja"
    })
    void choosesTheLanguage(String header, String language) {
        assertEquals(Locale.forLanguageTag(language), AccessRefusal.languageOf(header));
    }
}
