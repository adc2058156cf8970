package jp.ras.batch.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where uploaded bulk-filing files wait for their job: {@code <ras.data.dir>/bulk-filing/<id>/}, readable by the
 * server's user only. They hold personal data, so they live only as long as their job needs them: the files of a
 * completed filing are deleted (its refused rows are kept, encrypted, in the database).
 */
@ApplicationScoped
public class BulkFilingFiles {

    public static final String FILE = "upload";
    public static final String PHOTOS = "photos.zip";

    private Path root() {
        String dir = ConfigProvider.getConfig().getOptionalValue("ras.data.dir", String.class)
                .orElse(Path.of(System.getProperty("user.home"), ".ras").toString());
        return Path.of(dir, "bulk-filing");
    }

    /** Copies an upload to a new private file under the incoming folder, at most {@code maxBytes} + 1 bytes. */
    public Path receive(InputStream in, long maxBytes) {
        try {
            Path incoming = root().resolve("incoming");
            Files.createDirectories(incoming);
            Path file = Files.createTempFile(incoming, "upload-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(new LimitedOutputStream(out, maxBytes + 1));
            } catch (LimitedOutputStream.LimitReached e) {
                // the file is kept at its limit: its size tells the caller it was too large
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves checked uploads into the filing's own folder. {@code photos} may be null. */
    public void keep(long id, Path file, Path photos) {
        try {
            Path dir = Files.createDirectories(root().resolve(Long.toString(id)));
            Files.move(file, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            if (photos != null) {
                Files.move(photos, dir.resolve(PHOTOS), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads held while their user answers whether to file them again (issue 19). */
    public record Held(Path file, Path photos, String fileName) {
    }

    /** How long held uploads wait for their user's answer before they are deleted. */
    static final Duration HOLD = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Holds checked uploads ({@code photos} may be null) for {@code owner} until they answer: returns a random name
     * that only the owner's {@link #held} finds.
     */
    public String hold(String owner, String fileName, Path file, Path photos) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String name = HexFormat.of().formatHex(bytes);
        try {
            Path dir = Files.createDirectories(heldDir(owner, name));
            Files.writeString(dir.resolve("name"), fileName == null ? "" : fileName, StandardCharsets.UTF_8);
            Files.move(file, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            if (photos != null) {
                Files.move(photos, dir.resolve(PHOTOS), StandardCopyOption.REPLACE_EXISTING);
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploads held for {@code owner} under {@code name}, unless answered or expired. */
    public Optional<Held> held(String owner, String name) {
        if (name == null || !name.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Path dir = heldDir(owner, name);
        if (!Files.isRegularFile(dir.resolve(FILE))) {
            return Optional.empty();
        }
        try {
            Path photos = dir.resolve(PHOTOS);
            return Optional.of(new Held(dir.resolve(FILE), Files.exists(photos) ? photos : null,
                    Files.readString(dir.resolve("name"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what is held for {@code owner} under {@code name} (quietly when it is gone). */
    public void discard(String owner, String name) {
        if (name != null && name.matches("[0-9a-f]{32}")) {
            deleteTree(heldDir(owner, name));
        }
    }

    /** Deletes held uploads nobody answered for {@link #HOLD}: they hold personal data. */
    public void discardStaleHeld() {
        Path held = root().resolve("held");
        if (!Files.isDirectory(held)) {
            return;
        }
        Instant limit = Instant.now().minus(HOLD);
        try (Stream<Path> dirs = Files.list(held)) {
            dirs.flatMap(owner -> {
                try {
                    return Files.list(owner).toList().stream();
                } catch (IOException e) {
                    return Stream.empty();
                }
            }).filter(dir -> {
                try {
                    return Files.getLastModifiedTime(dir).toInstant().isBefore(limit);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(BulkFilingFiles::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            // left for the next upload
        }
    }

    private Path heldDir(String owner, String name) {
        return root().resolve("held").resolve(owner.replaceAll("[^A-Za-z0-9]", "_")).resolve(name);
    }

    public Path file(long id) {
        return root().resolve(Long.toString(id)).resolve(FILE);
    }

    public Path photos(long id) {
        return root().resolve(Long.toString(id)).resolve(PHOTOS);
    }

    /** Deletes a filing's files (or a stray incoming file), quietly when they are gone already. */
    public void delete(long id) {
        deleteTree(root().resolve(Long.toString(id)));
    }

    private static void deleteTree(Path dir) {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(BulkFilingFiles::deleteQuietly);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left for the next clean-up
            }
        }
    }

    /** Stops copying past a limit. */
    private static final class LimitedOutputStream extends OutputStream {

        private final OutputStream out;
        private long left;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            out.write(b, off, n);
            left -= n;
            if (n < len) {
                throw new LimitReached();
            }
        }

        static final class LimitReached extends IOException {
            private static final long serialVersionUID = 1L;
        }
    }
}
