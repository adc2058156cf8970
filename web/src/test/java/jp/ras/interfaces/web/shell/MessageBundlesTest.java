package jp.ras.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AP11: every screen text exists in Japanese and English, and every key a page uses exists. */
class MessageBundlesTest {

    /** Bundle base name → the variable pages use (faces-config.xml). */
    static final Map<String, String> BUNDLES = Map.of("messages", "msg", "officer", "ofc", "account", "acc",
            "filing", "fil", "bulk", "blk");

    private static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/jp/ras/web/" + bundle + "_" + language + ".properties")) {
            if (in == null) {
                throw new IOException("bundle " + bundle + "_" + language + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "AP11: Japanese and English {0} bundles have the same keys")

    @DisplayName("AP11: the Japanese and English bundles have the same keys")
    @ValueSource(strings = {"messages", "officer", "account", "filing", "bulk"})
    void ap11_sameKeys(String bundle) throws IOException {
        assertEquals(new TreeSet<>(load(bundle, "ja").stringPropertyNames()),
                new TreeSet<>(load(bundle, "en").stringPropertyNames()));
    }

    @ParameterizedTest(name = "AP11: every key a page uses from the {0} bundle exists")

    @DisplayName("AP11: the pages use only keys the bundles have")
    @ValueSource(strings = {"messages", "officer", "account", "filing", "bulk"})
    void ap11_pagesUseOnlyKnownKeys(String bundle) throws IOException {
        Set<String> known = load(bundle, "ja").stringPropertyNames();
        Pattern use = Pattern.compile(BUNDLES.get(bundle) + "\\['([a-zA-Z0-9.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        int uses = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = use.matcher(Files.readString(page));
                while (m.find()) {
                    uses++;
                    if (!known.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(uses > 5, "the scan found the pages' texts");
        assertEquals(Set.of(), missing);
    }

    @DisplayName("B1, B2 (issue 19): the bulk filing's texts exist in both languages")
    @ParameterizedTest(name = "AP11, AP13, B1, B2: issue 19 text {0} exists in Japanese and English, and differs")
    @ValueSource(strings = {"messages:violation.undecidedApplication", "messages:violation.bulkDate",
        "messages:violation.fileEmpty", "messages:violation.fileMissing", "messages:violation.mergedCell",
        "messages:violation.heldGone", "bulk:bulk.againQuestion", "bulk:bulk.sendAnyway", "bulk:bulk.cancelAgain",
        "bulk:bulk.heldCancelled", "bulk:bulk.resumed"})
    void issue19_texts(String bundleAndKey) throws IOException {
        String bundle = bundleAndKey.substring(0, bundleAndKey.indexOf(':'));
        String key = bundleAndKey.substring(bundle.length() + 1);
        String ja = load(bundle, "ja").getProperty(key);
        String en = load(bundle, "en").getProperty(key);
        assertTrue(ja != null && en != null && !ja.equals(en), key + ": " + ja + " / " + en);
    }

    @Test
    @DisplayName("B1, B2: the bulk texts say what issue 19 asks: the date leads with the"
            + " template's yyyy/mm/dd, a 0-byte file is empty, the photos are not optional")
    void issue19_wording() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            Properties messages = load("messages", language);
            Properties bulk = load("bulk", language);
            assertTrue(messages.getProperty("violation.bulkDate").matches("\\D*yyyy/mm/dd.*"), language);
            assertTrue(messages.getProperty("violation.bulkDate").contains("R9.1.3"), language);
            assertTrue(messages.getProperty("violation.fileEmpty").contains("0"), language);
            assertTrue(!bulk.getProperty("bulk.photos").contains("任意")
                    && !bulk.getProperty("bulk.photos").contains("optional"), language);
        }
    }
}
