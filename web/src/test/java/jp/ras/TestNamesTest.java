package jp.ras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 10: one naming rule for the tests of every module. A test says what it shows, with the rule of
 * spec.md (or the issue, or the security item) it holds, in its {@code @DisplayName}; the method's own name is free.
 * This reads the test sources of ejb, batch, test-support, start-gate and web and fails on a test without one.
 */
class TestNamesTest {

    private static final Pattern TEST = Pattern.compile("^\\s*@(Test|ParameterizedTest)\\b.*");
    private static final Pattern METHOD = Pattern.compile(".*\\bvoid\\s+(\\w+)\\s*\\(.*");

    @Test
    @DisplayName("Issue 16: every test of every module names what it shows and its rule in @DisplayName")
    void everyTestHasADisplayName() throws IOException {
        List<String> unnamed = new ArrayList<>();
        int tests = 0;
        for (Path root : List.of(Path.of("../ejb/src/test/java"), Path.of("../batch/src/test/java"),
                Path.of("../test-support/src/test/java"), Path.of("../start-gate/src/test/java"),
                Path.of("src/test/java"))) {
            assertTrue(Files.isDirectory(root), root + " is read");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (!TEST.matcher(lines.get(i)).matches()) {
                            continue;
                        }
                        tests++;
                        // the member's annotations: back to the end of the member before, on to its signature
                        int from = i;
                        while (from > 0 && !endsMember(lines.get(from - 1))) {
                            from--;
                        }
                        int to = i;
                        while (to < lines.size() - 1 && !METHOD.matcher(lines.get(to)).matches()) {
                            to++;
                        }
                        String annotations = String.join("\n", lines.subList(from, to + 1));
                        if (!annotations.contains("DisplayName(")) {
                            var method = METHOD.matcher(lines.get(to));
                            unnamed.add(root.relativize(file) + ": " + (method.matches() ? method.group(1) : "?"));
                        }
                    }
                }
            }
        }
        assertTrue(tests > 300, "read " + tests + " tests");
        assertEquals(List.of(), unnamed);
    }

    private static boolean endsMember(String line) {
        String code = line.strip();
        return code.endsWith("}") || code.endsWith(";") || code.endsWith("{") || code.startsWith("*/")
                || code.endsWith("*/");
    }
}
