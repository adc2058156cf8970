package jp.ras.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** AP11: every screen text exists in Japanese and English, and every key a page uses exists. */
class MessageBundlesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/jp/ras/web/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    @DisplayName("AP11: Japanese and English bundles have the same keys")
    void ap11_sameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("ja").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    @DisplayName("AP11: every msg['key'] used by a page is in the bundles")
    void ap11_pagesUseOnlyKnownKeys() throws IOException {
        Set<String> known = load("ja").stringPropertyNames();
        Pattern use = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
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
        assertTrue(uses > 20, "the scan found the pages' texts");
        assertEquals(Set.of(), missing);
    }
}
