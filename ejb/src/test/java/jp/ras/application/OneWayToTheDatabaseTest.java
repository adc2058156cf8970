package jp.ras.application;

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
 * Issue 16: application services reach the database through the repositories of
 * {@code jp.ras.infrastructure.persistence} only (README, Architecture): no class of {@code jp.ras.application}
 * declares or uses an {@code EntityManager} or a query of its own. Reads the compiled classes: a class that names a
 * type, by a field, a signature or a call, has that type's binary name in its constant pool, and a method it calls
 * has its name there.
 */
class OneWayToTheDatabaseTest {

    private static final List<String> FORBIDDEN = List.of("jakarta/persistence/EntityManager",
            "jakarta/persistence/PersistenceContext", "jakarta/persistence/Query", "jakarta/persistence/TypedQuery",
            "createQuery", "createNativeQuery", "createNamedQuery");

    @Test
    @DisplayName("Issue 16: no application service holds an EntityManager or a query string")
    void applicationServicesUseRepositoriesOnly() throws IOException {
        Path classes = Path.of("target", "classes", "jp", "ras", "application");
        List<String> wrong = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                scanned++;
                String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String name : FORBIDDEN) {
                    if (constants.contains(name)) {
                        wrong.add(file.getFileName() + " uses " + name);
                    }
                }
            }
        }
        assertTrue(scanned >= 20, "the scan found the application's classes: " + scanned);
        assertEquals(List.of(), wrong, "application classes that go to the database by themselves");
    }
}
