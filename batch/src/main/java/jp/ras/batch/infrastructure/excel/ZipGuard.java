package jp.ras.batch.infrastructure.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Zip-bomb guard: inflates every entry of a ZIP once, discarding the bytes, and stops as soon as the entries
 * together inflate beyond {@code maxInflatedBytes} or one inflates beyond what its compressed size allows
 * ({@code compressed / inflated < minInflateRatio}, checked once an entry passed 1 MB, as POI does for small parts).
 * Counting real inflated bytes, not the sizes the ZIP declares, makes lying headers harmless.
 */
final class ZipGuard {

    /** Entries smaller than this are not held to the ratio (tiny XML parts compress well). */
    private static final long RATIO_GRACE = 1024 * 1024;

    private ZipGuard() {
    }

    /** Checks the ZIP; {@link BulkFileException#ZIP_BOMB} when it inflates too much, {@code notZipKey} when corrupt. */
    static void check(Path file, BulkLimits limits, String notZipKey) throws BulkFileException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                long compressed = Math.max(entry.getCompressedSize(), 0);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (total > limits.maxInflatedBytes()) {
                            throw new BulkFileException(BulkFileException.ZIP_BOMB, limits.maxInflatedBytes());
                        }
                        if (inflated > RATIO_GRACE && compressed < inflated * limits.minInflateRatio()) {
                            throw new BulkFileException(BulkFileException.ZIP_BOMB, limits.maxInflatedBytes());
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new BulkFileException(e, notZipKey);
        } catch (IOException e) {
            throw new BulkFileException(e, notZipKey);
        }
    }
}
