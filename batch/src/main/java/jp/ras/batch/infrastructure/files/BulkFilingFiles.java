package jp.ras.batch.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
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

    public Path file(long id) {
        return root().resolve(Long.toString(id)).resolve(FILE);
    }

    public Path photos(long id) {
        return root().resolve(Long.toString(id)).resolve(PHOTOS);
    }

    /** Deletes a filing's files (or a stray incoming file), quietly when they are gone already. */
    public void delete(long id) {
        Path dir = root().resolve(Long.toString(id));
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
