package jp.ras.batch.infrastructure.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The optional ZIP of face photos uploaded beside a bulk file (AP8): each entry named by the residence card number,
 * {@code <cardNumber>.jpg}, {@code .jpeg} or {@code .png} (any case, in any folder). Folders, macOS's
 * {@code __MACOSX} and {@code ._} files are skipped, other names are listed in {@link #ignored()}. {@link #open}
 * inflates every photo once (bounded) so that a zip bomb or a corrupt entry is refused up front; the photo's own
 * checks (format, size, pixels) stay with the domain's photo rules.
 *
 * <p>Read with Commons Compress, not {@code java.util.zip.ZipFile} (issue 19): the JDK's instances on one file share
 * its central directory and, for names without the UTF-8 flag (which ordinary zip tools write), one decoder that is
 * not safe between threads and is used again at every read, so the partitions of one filing, each with its own
 * instance, failed now and then ("Current state = FLUSHED, new state = CODING_END"). A Commons Compress
 * {@code ZipFile} shares nothing with another, decodes the names once when it opens, and reads an entry by its
 * offset. One instance is still for one thread: each partition opens its own.
 */
public final class PhotoArchive implements AutoCloseable {

    /** A photo may be at most 5 MB; one byte more is read so that the photo rule can say it is too large. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9]+)\\.(?:jpe?g|png)", Pattern.CASE_INSENSITIVE);
    /** Names without the UTF-8 flag are read as Windows Japanese (as zip tools of Japanese Windows write them). */
    private static final String LEGACY_NAMES = "windows-31j";
    private static final long RATIO_GRACE = 1024 * 1024;

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> photos;
    private final List<String> ignored;

    private PhotoArchive(ZipFile zip, Map<String, ZipArchiveEntry> photos, List<String> ignored) {
        this.zip = zip;
        this.photos = photos;
        this.ignored = ignored;
    }

    /**
     * Opens and checks the archive: {@code zipBomb} when the photos together inflate beyond
     * {@code limits.maxInflatedBytes()} or one inflates beyond its ratio, {@code tooLarge} when the file itself is
     * larger than that, {@code notZip} when it is not a readable ZIP, {@code photoDuplicate} for two photos of one
     * card number.
     */
    public static PhotoArchive open(Path file, BulkLimits limits) throws BulkFileException {
        return open(file, limits, true);
    }

    /**
     * Opens an archive that {@link #open} accepted before, for a job to read its photos: its entries are listed the
     * same way, but not inflated once more to be measured (each photo read is still bounded).
     */
    public static PhotoArchive reopen(Path file, BulkLimits limits) throws BulkFileException {
        return open(file, limits, false);
    }

    private static PhotoArchive open(Path file, BulkLimits limits, boolean measuring) throws BulkFileException {
        ZipFile zip = null;
        try {
            if (Files.size(file) > limits.maxInflatedBytes()) {
                throw new BulkFileException(BulkFileException.TOO_LARGE, limits.maxInflatedBytes());
            }
            zip = ZipFile.builder().setPath(file).setCharset(LEGACY_NAMES).get();
            Map<String, ZipArchiveEntry> photos = new HashMap<>();
            List<String> ignored = new ArrayList<>();
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String path = entry.getName().replace('\\', '/');
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (entry.isDirectory() || path.startsWith("__MACOSX/") || path.contains("/__MACOSX/")
                        || name.startsWith("._") || name.isEmpty()) {
                    continue;
                }
                Matcher m = NAME.matcher(name);
                if (!m.matches()) {
                    ignored.add(path);
                    continue;
                }
                String card = m.group(1).toUpperCase(Locale.ROOT);
                if (photos.putIfAbsent(card, entry) != null) {
                    throw new BulkFileException(BulkFileException.PHOTO_DUPLICATE, card);
                }
                if (!measuring) {
                    continue;
                }
                long inflated = inflated(zip, entry, buffer);
                total += inflated;
                if (total > limits.maxInflatedBytes() || (inflated > RATIO_GRACE
                        && Math.max(entry.getCompressedSize(), 0) < inflated * limits.minInflateRatio())) {
                    throw new BulkFileException(BulkFileException.ZIP_BOMB, limits.maxInflatedBytes());
                }
            }
            PhotoArchive archive = new PhotoArchive(zip, Map.copyOf(photos), List.copyOf(ignored));
            zip = null;
            return archive;
        } catch (IOException | RuntimeException e) {
            throw new BulkFileException(e, BulkFileException.NOT_ZIP);
        } finally {
            if (zip != null) {
                try {
                    zip.close();
                } catch (IOException e) {
                    // already failing
                }
            }
        }
    }

    /** Inflates an entry, discarding the bytes, up to one byte more than a photo may have. */
    private static long inflated(ZipFile zip, ZipArchiveEntry entry, byte[] buffer) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            long count = 0;
            int n;
            while (count <= MAX_PHOTO_BYTES && (n = in.read(buffer)) > 0) {
                count += n;
            }
            return count;
        }
    }

    /**
     * The photo of a residence card number (case-insensitive, full-width letters allowed), at most
     * {@link #MAX_PHOTO_BYTES} + 1 bytes; empty when the archive has none.
     */
    public Optional<byte[]> photoFor(String cardNumber) {
        if (cardNumber == null) {
            return Optional.empty();
        }
        String card = Normalizer.normalize(cardNumber.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        ZipArchiveEntry entry = photos.get(card);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] photo = in.readNBytes(MAX_PHOTO_BYTES + 1);
            if (entry.getSize() >= 0 && photo.length < Math.min(entry.getSize(), MAX_PHOTO_BYTES + 1L)) {
                // the file changed or broke since it was checked: a failure to read, never a (shorter) photo
                throw new IOException("photo " + entry.getName() + ": " + photo.length + " of " + entry.getSize()
                        + " bytes");
            }
            return Optional.of(photo);
        } catch (IOException e) {
            throw new UncheckedIOException("photo " + entry.getName(), e);
        }
    }

    /** The card numbers the archive has photos for. */
    public java.util.Set<String> cardNumbers() {
        return photos.keySet();
    }

    /** Entries that are not named {@code <cardNumber>.jpg/.jpeg/.png} (reported to the user, never read). */
    public List<String> ignored() {
        return ignored;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only
        }
    }
}
