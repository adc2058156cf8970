package jp.ras.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the domain does not know how it is stored, nor who uses it (README, Architecture): no class of
 * {@code jp.ras.domain} uses a class of {@code jp.ras.infrastructure}, {@code jp.ras.application} or
 * {@code jp.ras.interfaces}. Reads the compiled classes: a class that names a type, by an import, a field, a
 * signature or a call, has that type's binary name in its constant pool.
 */
class DomainLayerTest {

    private static final List<String> ABOVE = List.of("jp/ras/infrastructure/", "jp/ras/application/",
            "jp/ras/interfaces/");

    @Test
    @DisplayName("Issue 16: no domain class uses the infrastructure (or a layer above the domain)")
    void domainUsesNoOuterLayer() throws IOException {
        Path classes = Path.of("target", "classes");
        Path domain = classes.resolve(Path.of("jp", "ras", "domain"));
        List<String> wrong = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(domain)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                scanned++;
                String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String layer : ABOVE) {
                    if (constants.contains(layer)) {
                        wrong.add(classes.relativize(file) + " uses " + layer);
                    }
                }
            }
        }
        assertTrue(scanned >= 50, "the scan found the domain's classes: " + scanned);
        assertEquals(List.of(), wrong, "domain classes that use an outer layer");
    }
}
