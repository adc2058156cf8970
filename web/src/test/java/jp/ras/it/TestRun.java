package jp.ras.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The test database outlives a run, so what a test makes carries the id of its run: the test class draws one and
 * puts it into its deployment as a resource, where its test-data bean reads it back.
 */
final class TestRun {

    private TestRun() {
    }

    /** A new run id (base 36, upper case), drawn by the test class. */
    static String newId() {
        return Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    }

    /** An ID of this run's account of that kind, such as {@code AR} + run. */
    static String id(String kind, String run) {
        return kind + run;
    }

    /** The mail address of this run's account of that kind. */
    static String mail(String kind, String run) {
        return kind.toLowerCase() + "-" + run.toLowerCase() + "@example.jp";
    }

    /** Inside the deployment: the run id the test class put in as {@code resource}. */
    static String read(String resource) {
        try (InputStream in = TestRun.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the deployment");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
