package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AP8 in bulk: the face photos come as one ZIP, each named by the residence card number. */
class PhotoArchiveTest {

    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws Exception {
        return zip(name, entries, StandardCharsets.UTF_8);
    }

    /** With a charset other than UTF-8 the names are written without the UTF-8 flag, as ordinary zip tools do. */
    private Path zip(String name, Map<String, byte[]> entries, Charset names) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), names)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("AP8, B1: photos by card number, any case and folder; __MACOSX, ._ files and folders skipped")
    void photos() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("photos/", new byte[0]);
        entries.put("photos/ab12345678cd.JPG", bytes("jpeg-1"));
        entries.put("XY87654321ZZ.png", bytes("png-2"));
        entries.put("CD11112222EF.jpeg", bytes("jpeg-3"));
        entries.put("__MACOSX/photos/._ab12345678cd.JPG", bytes("apple"));
        entries.put("photos/._XY87654321ZZ.png", bytes("apple"));
        entries.put("readme.txt", bytes("hi"));
        entries.put("写真/山田.jpg", bytes("no card number"));
        try (PhotoArchive archive = PhotoArchive.open(zip("photos.zip", entries), BulkLimits.defaults())) {
            assertArrayEquals(bytes("jpeg-1"), archive.photoFor("AB12345678CD").orElseThrow());
            assertArrayEquals(bytes("jpeg-1"), archive.photoFor("ａｂ１２３４５６７８ｃｄ").orElseThrow());
            assertArrayEquals(bytes("png-2"), archive.photoFor("xy87654321zz").orElseThrow());
            assertArrayEquals(bytes("jpeg-3"), archive.photoFor("CD11112222EF").orElseThrow());
            assertTrue(archive.photoFor("ZZ00000000ZZ").isEmpty());
            assertEquals(Set.of("AB12345678CD", "XY87654321ZZ", "CD11112222EF"), archive.cardNumbers());
            assertEquals(List.of("readme.txt", "写真/山田.jpg"), archive.ignored());
        }
    }

    @Test
    @DisplayName("AP8: a photo over 5 MB is read as 5 MB + 1 byte, so the photo rule reports it too large")
    void boundedRead() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        new java.util.Random(1).nextBytes(big); // incompressible: no zip bomb, just large
        try (PhotoArchive archive = PhotoArchive.open(zip("big.zip", Map.of("AB12345678CD.jpg", big)),
                BulkLimits.defaults())) {
            assertEquals(PhotoArchive.MAX_PHOTO_BYTES + 1, archive.photoFor("AB12345678CD").orElseThrow().length);
        }
    }

    @Test
    @DisplayName("B2: a zip bomb entry, too much in all, two photos of one card, and a non-ZIP are refused")
    void refused() throws Exception {
        Path bomb = zip("bomb.zip", Map.of("AB12345678CD.jpg", new byte[50 * 1024 * 1024]));
        assertEquals("zipBomb", key(bomb, BulkLimits.defaults()));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            byte[] photo = new byte[100_000]; // 16 letters: compresses to about half, honest but large in all
            java.util.Random random = new java.util.Random(i);
            for (int b = 0; b < photo.length; b++) {
                photo[b] = (byte) ('a' + random.nextInt(16));
            }
            many.put(String.format("AB%08dCD.png", i), photo);
        }
        assertEquals("zipBomb", key(zip("many.zip", many), BulkLimits.defaults().withMaxInflatedBytes(250_000)));
        assertEquals("photoDuplicate", key(zip("dup.zip", Map.of("AB12345678CD.jpg", bytes("a"),
                "other/ab12345678cd.png", bytes("b"))), BulkLimits.defaults()));
        assertEquals("notZip", key(Files.write(dir.resolve("text.zip"), bytes("not a zip")), BulkLimits.defaults()));
    }

    @Test
    @DisplayName("B2: a job reopens the archive checked at the upload without inflating it all again; a read stays bounded")
    void reopen() throws Exception {
        Path bomb = zip("bomb.zip", Map.of("AB12345678CD.jpg", new byte[50 * 1024 * 1024]));
        try (PhotoArchive archive = PhotoArchive.reopen(bomb, BulkLimits.defaults())) { // not measured again
            assertEquals(PhotoArchive.MAX_PHOTO_BYTES + 1, archive.photoFor("ab12345678cd").orElseThrow().length);
            assertTrue(archive.photoFor("AB00000000CD").isEmpty());
        }
    }

    @Test
    @DisplayName("AP8: names without the UTF-8 flag are read as windows-31j (Japanese Windows zip tools)")
    void legacyNames() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("写真/AB12345678CD.jpg", bytes("jpeg-1"));
        entries.put("写真/山田.jpg", bytes("no card number"));
        try (PhotoArchive archive = PhotoArchive.open(zip("sjis.zip", entries, Charset.forName("windows-31j")),
                BulkLimits.defaults())) {
            assertArrayEquals(bytes("jpeg-1"), archive.photoFor("AB12345678CD").orElseThrow());
            assertEquals(List.of("写真/山田.jpg"), archive.ignored());
        }
    }

    /**
     * Issue 19: the partitions of one filing each reopen the same ZIP and read their rows' photos at once. With the
     * JDK's ZipFile, instances on one file share its central directory and the decoder of non-UTF-8 names, and
     * reads at once failed with "IllegalStateException: Current state = FLUSHED, new state = CODING_END" (about one
     * filing of 200 rows in six). Here many filings, each two partitions of 100 rows with ASCII names without the
     * UTF-8 flag, as LibreOffice's and Windows' zip tools write them.
     */
    @Test
    @DisplayName("B2, AP8: two partitions read one photo ZIP at once, in many filings, without a failure")
    void partitionsAtOnce() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            entries.put(String.format("AB%08dCD.jpg", i), bytes("photo " + i));
        }
        Path file = zip("ascii.zip", entries, StandardCharsets.US_ASCII);
        ExecutorService partitions = Executors.newFixedThreadPool(2);
        try {
            for (int filing = 0; filing < 500; filing++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> read = List.of(0, 100).stream().map(first -> partitions.submit(() -> {
                    together.await();
                    int found = 0;
                    try (PhotoArchive archive = PhotoArchive.reopen(file, BulkLimits.defaults())) {
                        for (int i = first; i < first + 100; i++) {
                            byte[] photo = archive.photoFor(String.format("AB%08dCD", i)).orElseThrow();
                            assertArrayEquals(bytes("photo " + i), photo);
                            found++;
                        }
                    }
                    return found;
                })).toList();
                for (Future<Integer> partition : read) {
                    assertEquals(100, partition.get(), "filing " + filing);
                }
            }
        } finally {
            partitions.shutdownNow();
        }
    }

    private static String key(Path file, BulkLimits limits) {
        return assertThrows(BulkFileException.class, () -> PhotoArchive.open(file, limits).close()).key();
    }

}
