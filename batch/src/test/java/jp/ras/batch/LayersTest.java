package jp.ras.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The batch module's layers run one way (README, Architecture): {@code interfaces} (the job artifacts) may use
 * {@code application} and {@code infrastructure}, {@code application} only {@code infrastructure}, and
 * {@code infrastructure} neither. Reads the compiled classes: a class that names a type of a layer above it, by an
 * import, a field, a signature or a call, has that type's binary name in its constant pool.
 */
class LayersTest {

    private static final String BATCH = "jp/ras/batch/";

    /** Each layer and the layers above it, which it must not know. */
    private static final Map<String, List<String>> NOT_ABOVE = Map.of(
            "application", List.of("interfaces"),
            "infrastructure", List.of("application", "interfaces"));

    @Test
    @DisplayName("Issue 16: batch's application does not use its interfaces, nor its infrastructure either above it")
    void layersRunOneWay() throws IOException {
        Path classes = Path.of("target", "classes");
        List<String> wrong = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                for (var layer : NOT_ABOVE.entrySet()) {
                    if (!name.startsWith(BATCH + layer.getKey() + "/")) {
                        continue;
                    }
                    scanned++;
                    String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    for (String above : layer.getValue()) {
                        if (constants.contains(BATCH + above + "/")) {
                            wrong.add(name + " uses " + above);
                        }
                    }
                }
            }
        }
        assertTrue(scanned >= 20, "the scan found the classes of application and infrastructure: " + scanned);
        assertEquals(List.of(), wrong, "classes that use a layer above their own");
    }
}
