package jp.ras.interfaces.web.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ras.application.CaseNumbers;
import jp.ras.application.CaseStatusService;
import jp.ras.domain.model.application.ApplicationStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatusLanguageTest {

    private static Properties load(String bundle, String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StatusLanguageTest.class.getResourceAsStream(
                "/jp/ras/web/" + bundle + "_" + suffix + ".properties")) {
            if (in == null) {
                throw new IOException(bundle + "_" + suffix + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    @DisplayName("Issue17-1: the status texts have the same keys in Japanese, English, simplified Chinese and"
            + " Vietnamese, and the page uses only those keys")
    void fourLanguagesSameKeys() throws IOException {
        Set<String> ja = new TreeSet<>(load("status", "ja").stringPropertyNames());
        for (String suffix : new String[] {"en", "zh_CN", "vi"}) {
            assertEquals(ja, new TreeSet<>(load("status", suffix).stringPropertyNames()), suffix);
        }
        Matcher uses = Pattern.compile("sts\\['([a-zA-Z0-9.]+)'\\]")
                .matcher(Files.readString(Path.of("src/main/webapp/status.xhtml")));
        int count = 0;
        while (uses.find()) {
            count++;
            assertTrue(ja.contains(uses.group(1)), uses.group(1));
        }
        assertTrue(count > 10, "the scan found the page's texts");
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertTrue(ja.contains("state." + status.name()), status.name());
        }
    }

    @Test
    @DisplayName("Issue17-1 (issue 15 one status vocabulary): the status page's Japanese and English status words are"
            + " the screens' and mails' words; the Chinese and Vietnamese ones differ from the English")
    void statusWordsAreTheScreens() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            Properties status = load("status", language);
            Properties messages = load("messages", language);
            for (ApplicationStatus s : ApplicationStatus.values()) {
                assertEquals(messages.getProperty("applicationStatus." + s.name()),
                        status.getProperty("state." + s.name()), language + " " + s);
            }
        }
        for (ApplicationStatus s : ApplicationStatus.values()) {
            String en = StatusLanguage.text(Locale.ENGLISH, "state." + s.name());
            assertNotEquals(en, StatusLanguage.text(StatusLanguage.SIMPLIFIED_CHINESE, "state." + s.name()));
            assertNotEquals(en, StatusLanguage.text(StatusLanguage.VIETNAMESE, "state." + s.name()));
        }
    }

    @Test
    @DisplayName("Issue17-1: the language comes from Accept-Language (weights respected; any Chinese but the"
            + " traditional script is simplified Chinese), Japanese when it names none of the four")
    void languageFromAcceptLanguage() {
        assertEquals(Locale.JAPANESE, StatusLanguage.choose(null));
        assertEquals(Locale.JAPANESE, StatusLanguage.choose("fr-FR, de;q=0.5"));
        assertEquals(Locale.JAPANESE, StatusLanguage.choose("not a header;;"));
        assertEquals(Locale.ENGLISH, StatusLanguage.choose("en-US,en;q=0.9"));
        assertEquals(StatusLanguage.VIETNAMESE, StatusLanguage.choose("vi-VN,vi;q=0.9,en;q=0.5"));
        assertEquals(StatusLanguage.SIMPLIFIED_CHINESE, StatusLanguage.choose("zh-CN,zh;q=0.9"));
        assertEquals(StatusLanguage.SIMPLIFIED_CHINESE, StatusLanguage.choose("zh"));
        assertEquals(StatusLanguage.SIMPLIFIED_CHINESE, StatusLanguage.choose("zh-Hans-CN"));
        assertEquals(Locale.ENGLISH, StatusLanguage.choose("zh-TW,en;q=0.8"));
        assertEquals(Locale.ENGLISH, StatusLanguage.choose("zh-Hant;q=1, en;q=0.7"));
        assertEquals(Locale.ENGLISH, StatusLanguage.choose("vi;q=0.3, en;q=0.7"));
        assertEquals(Locale.JAPANESE, StatusLanguage.choose("vi;q=0, fr"));
        assertEquals(StatusLanguage.SIMPLIFIED_CHINESE, StatusLanguage.fromTag("zh-CN"));
        assertEquals(StatusLanguage.VIETNAMESE, StatusLanguage.fromTag("vi"));
        assertNull(StatusLanguage.fromTag("fr"));
        assertNull(StatusLanguage.fromTag(null));
        assertEquals("zh-CN", StatusLanguage.tag(StatusLanguage.SIMPLIFIED_CHINESE));
    }

    @Test
    @DisplayName("Issue17-1: a date of birth is read as people type it (1990-04-12, 1990/4/12, 19900412, full-width"
            + " digits), and no date is none")
    void datesOfBirth() {
        LocalDate day = LocalDate.of(1990, 4, 12);
        assertEquals(day, StatusDates.parse("1990-04-12"));
        assertEquals(day, StatusDates.parse(" 1990/4/12 "));
        assertEquals(day, StatusDates.parse("1990.04.12"));
        assertEquals(day, StatusDates.parse("19900412"));
        assertEquals(day, StatusDates.parse("１９９０－０４－１２"));
        assertNull(StatusDates.parse("1990-02-30"));
        assertNull(StatusDates.parse("12/04/1990"));
        assertNull(StatusDates.parse("yesterday"));
    }

    @Test
    @DisplayName("Issue17-1 (RN1, RN2): receipt and provisional numbers are recognised as typed (full-width, spaces,"
            + " lower case); anything else is malformed")
    void numbers() {
        assertTrue(CaseNumbers.wellFormed("東オンE26000123"));
        assertTrue(CaseNumbers.wellFormed(" 東オンｅ２６０００１２３ "));
        assertEquals("東オンE26000123", CaseNumbers.normalise("東ｵﾝe 26000123"));
        assertTrue(CaseNumbers.wellFormed("20261207-0000123"));
        assertTrue(CaseNumbers.wellFormed("20261207－0000123"));
        assertTrue(!CaseNumbers.wellFormed("20261207-000012"));
        assertTrue(!CaseNumbers.wellFormed("東オンE2600012"));
        assertTrue(!CaseNumbers.wellFormed("' or 1=1 --"));
        assertEquals(32, CaseNumbers.normalise("x".repeat(500)).length());
    }

    @Test
    @DisplayName("Issue17-1: the applicant's mails link to the status page with the number (URL-encoded) and the mail's"
            + " language, never a date of birth")
    void mailLink() {
        assertEquals("status.xhtml?number=%E6%9D%B1%E3%82%AA%E3%83%B3E26000123&lang=en",
                jp.ras.application.MailLinks.caseStatus("東オンE26000123", Locale.ENGLISH));
        assertEquals("status.xhtml?number=20261207-0000123&lang=ja",
                jp.ras.application.MailLinks.caseStatus("20261207-0000123", Locale.JAPANESE));
        assertTrue(jp.ras.application.MailLinks.PAGES.contains("status.xhtml"));
    }

    @Test
    @DisplayName("Issue17-1: the next step follows the status: documents asked for name their due date, a filed"
            + " application with its receipt number waits for the review")
    void nextSteps() {
        var due = new CaseStatusService.Found(ApplicationStatus.DOCUMENTS_REQUESTED, java.time.Instant.now(),
                LocalDate.of(2026, 12, 24), true);
        assertTrue(StatusAnswer.of(due, Locale.ENGLISH).nextStep().contains("December 24, 2026"),
                StatusAnswer.of(due, Locale.ENGLISH).nextStep());
        var filed = new CaseStatusService.Found(ApplicationStatus.FILED, java.time.Instant.now(), null, false);
        var numbered = new CaseStatusService.Found(ApplicationStatus.FILED, java.time.Instant.now(), null, true);
        for (Locale locale : StatusLanguage.SUPPORTED) {
            assertNotEquals(StatusAnswer.of(filed, locale).nextStep(), StatusAnswer.of(numbered, locale).nextStep());
            assertTrue(StatusAnswer.of(filed, locale).sinceText().length() > 10);
        }
    }
}
