package jp.ras.infrastructure.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacePhotosTest {

    private static final String GPS_MARKER = "GPS-SECRET-35.6812N";

    private final FacePhotos photos = new FacePhotos();

    // ---- accepted photos ----

    @Test
    @DisplayName("AP8: a 600×800 JPEG passes and comes back as a decodable JPEG of the same size")
    void jpegPasses() throws IOException {
        byte[] upload = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");

        FacePhotos.Checked checked = photos.check(upload);

        assertEquals(FacePhotos.JPEG, checked.mediaType());
        assertEquals(600, checked.width());
        assertEquals(800, checked.height());
        assertJpeg(checked.bytes());
        BufferedImage back = decode(checked.bytes());
        assertEquals(600, back.getWidth());
        assertEquals(800, back.getHeight());
        assertClose(Color.RED, back.getRGB(150, 200), "the pixels survive re-encoding");
    }

    @Test
    @DisplayName("AP8: a PNG passes and is stored as PNG, transparency kept")
    void pngPasses() throws IOException {
        BufferedImage picture = picture(600, 800, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, 0x00000000);
        byte[] upload = encode(picture, "png");

        FacePhotos.Checked checked = photos.check(upload);

        assertEquals(FacePhotos.PNG, checked.mediaType());
        assertEquals(600, checked.width());
        assertEquals(800, checked.height());
        assertTrue(startsWith(checked.bytes(), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        BufferedImage back = decode(checked.bytes());
        assertEquals(600, back.getWidth());
        assertEquals(800, back.getHeight());
        assertEquals(0, back.getRGB(0, 0) >>> 24, "transparent pixel stays transparent");
        assertEquals(picture.getRGB(150, 200), back.getRGB(150, 200), "PNG is lossless");
    }

    @Test
    @DisplayName("AP8: the minimum size 300×400 passes")
    void minimumPasses() throws IOException {
        FacePhotos.Checked checked = photos.check(encode(picture(300, 400, BufferedImage.TYPE_INT_RGB), "png"));
        assertEquals(300, checked.width());
        assertEquals(400, checked.height());
    }

    @Test
    @DisplayName("AP8: greyscale, palette and 16-bit PNGs and greyscale JPEGs pass and decode")
    void otherColourModels() throws IOException {
        int[] pngTypes = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED,
            BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_BINARY};
        for (int type : pngTypes) {
            FacePhotos.Checked checked = photos.check(encode(picture(600, 800, type), "png"));
            assertEquals(FacePhotos.PNG, checked.mediaType());
            assertEquals(800, decode(checked.bytes()).getHeight(), "type " + type);
        }
        FacePhotos.Checked grey = photos.check(encode(picture(600, 800, BufferedImage.TYPE_BYTE_GRAY), "jpeg"));
        assertEquals(FacePhotos.JPEG, grey.mediaType());
        assertEquals(600, decode(grey.bytes()).getWidth());
    }

    @Test
    @DisplayName("AP8: a progressive JPEG passes")
    void progressiveJpeg() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture(600, 800, BufferedImage.TYPE_INT_RGB), null, null), param);
        } finally {
            writer.dispose();
        }
        assertTrue(JpegStructure.read(bytes.toByteArray(), 1000).scans() > 1, "progressive");
        assertEquals(800, photos.check(bytes.toByteArray()).height());
    }

    // ---- size and ratio ----

    @Test
    @DisplayName("AP8: 299×400 is refused as too small")
    void tooSmall() throws IOException {
        assertRefused(encode(picture(299, 400, BufferedImage.TYPE_INT_RGB), "jpeg"), "photoTooSmall");
        assertRefused(encode(picture(300, 399, BufferedImage.TYPE_INT_RGB), "png"), "photoTooSmall");
    }

    @Test
    @DisplayName("AP8: 600×600 is refused as not 3:4 portrait; 200×200 gets both size and ratio")
    void squareRefused() throws IOException {
        assertRefused(encode(picture(600, 600, BufferedImage.TYPE_INT_RGB), "jpeg"), "photoRatio");
        assertRefused(encode(picture(200, 200, BufferedImage.TYPE_INT_RGB), "png"), "photoTooSmall", "photoRatio");
        assertRefused(encode(picture(800, 600, BufferedImage.TYPE_INT_RGB), "jpeg"), "photoRatio");
    }

    @Test
    @DisplayName("AP8: the ratio may be off by 2 %: 600×812 and 600×788 pass, 600×830 and 600×770 do not")
    void ratioTolerance() throws IOException {
        assertEquals(812, photos.check(encode(picture(600, 812, BufferedImage.TYPE_INT_RGB), "jpeg")).height());
        assertEquals(788, photos.check(encode(picture(600, 788, BufferedImage.TYPE_INT_RGB), "png")).height());
        assertRefused(encode(picture(600, 830, BufferedImage.TYPE_INT_RGB), "jpeg"), "photoRatio");
        assertRefused(encode(picture(600, 770, BufferedImage.TYPE_INT_RGB), "png"), "photoRatio");
    }

    @Test
    @DisplayName("AP8: the constants screens show as hints")
    void constants() {
        assertEquals(5 * 1024 * 1024, FacePhotos.MAX_BYTES);
        assertEquals(300, FacePhotos.MIN_WIDTH);
        assertEquals(400, FacePhotos.MIN_HEIGHT);
        assertEquals(0.75, FacePhotos.RATIO);
        assertEquals(0.02, FacePhotos.TOLERANCE);
    }

    // ---- missing, too large, wrong format ----

    @Test
    @DisplayName("AP8: no upload (null or empty) is refused as missing")
    void missing() {
        assertRefused(null, "photoMissing");
        assertRefused(new byte[0], "photoMissing");
    }

    @Test
    @DisplayName("AP8: more than 5 MB is refused before decoding; exactly 5 MB is not")
    void tooLarge() throws IOException {
        byte[] bomb = bombPng(100_000, 100_000);
        assertRefused(Arrays.copyOf(bomb, FacePhotos.MAX_BYTES + 1), "photoTooLarge");

        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] padded = Arrays.copyOf(jpeg, FacePhotos.MAX_BYTES); // zeros after EOI
        FacePhotos.Checked checked = photos.check(padded);
        assertTrue(checked.bytes().length < FacePhotos.MAX_BYTES / 10, "what followed the image is gone");
    }

    @Test
    @DisplayName("AP8: a GIF is refused as wrong format")
    void gifRefused() throws IOException {
        byte[] gif = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "gif");
        assertTrue(startsWith(gif, "GIF8".getBytes(StandardCharsets.US_ASCII)));
        assertRefused(gif, "photoFormat");
        assertRefused(encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "bmp"), "photoFormat");
    }

    @Test
    @DisplayName("AP8: a text file named photo.jpg is refused as wrong format: the content decides, not the name")
    void textNamedJpg(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("photo.jpg"), "This is not a photo.\n");
        assertRefused(Files.readAllBytes(file), "photoFormat");
    }

    @Test
    @DisplayName("AP8: JPEG or PNG magic bytes followed by anything else are refused as wrong format")
    void magicOnly() {
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 2};
        assertRefused(fakeJpeg, "photoFormat");
        byte[] fakePng = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 100);
        assertRefused(fakePng, "photoFormat");
    }

    @Test
    @DisplayName("AP8: a truncated JPEG or PNG is refused as wrong format")
    void truncated() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "photoFormat");
        assertRefused(Arrays.copyOf(jpeg, jpeg.length - 2), "photoFormat"); // only the EOI marker missing
        byte[] png = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "png");
        assertRefused(Arrays.copyOf(png, png.length / 2), "photoFormat");
    }

    @Test
    @DisplayName("AP8: a JPEG whose scan data stops early, though it ends properly, is refused (decoder warning)")
    void scanCutShort() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        int sos = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA}, 2);
        int cut = sos + 2000;
        while ((jpeg[cut - 1] & 0xFF) == 0xFF) {
            cut--; // do not leave half of a stuffed byte
        }
        assertRefused(concat(Arrays.copyOf(jpeg, cut), new byte[] {(byte) 0xFF, (byte) 0xD9}), "photoFormat");
    }

    @Test
    @DisplayName("AP8: a JPEG whose scan data stops in its last rows is refused, though only its rows are checked, not kept")
    void scanCutInLastRows() throws IOException {
        for (int height : new int[] {800, 803, 807}) { // the last row falls on and off the check's row step
            byte[] jpeg = encode(picture(height * 3 / 4, height, BufferedImage.TYPE_INT_RGB), "jpeg");
            int cut = jpeg.length - 2 - 60; // before the end-of-image marker, inside the last row of blocks
            while ((jpeg[cut - 1] & 0xFF) == 0xFF) {
                cut--;
            }
            assertRefused(concat(Arrays.copyOf(jpeg, cut), new byte[] {(byte) 0xFF, (byte) 0xD9}), "photoFormat");
        }
    }

    @Test
    @DisplayName("AP8: a PNG whose header claims 100000×100000 is refused without decoding (no OutOfMemoryError)")
    void pngBomb() {
        assertRefused(bombPng(100_000, 100_000), "photoDimensions");
        assertRefused(bombPng(6_000, 8_000), "photoDimensions"); // 48 megapixels
        assertRefused(bombPng(600, 9_000), "photoDimensions");
    }

    @Test
    @DisplayName("Security 8, AP8: the probe's 5,400 × 7,200 PNG is refused by its header; a phone's 12 MP picture"
            + " (3,024 × 4,032) passes the bound and is decoded")
    void pixelsBoundedToAFacePhoto() {
        assertRefused(bombPng(5_400, 7_200), "photoDimensions");
        assertRefused(bombPng(4_000, 5_340), "photoDimensions"); // 21 megapixels
        assertRefused(bombPng(3_024, 4_032), "photoFormat"); // within the bound: decoded, and its data is short
    }

    @Test
    @DisplayName("Security 8: no more photos are decoded at once than there are cores, however many arrive together")
    void decodesAtOnceAreBounded() throws Exception {
        byte[] png = encode(picture(1200, 1600, BufferedImage.TYPE_INT_RGB), "png");
        int clients = 4 * FacePhotos.MAX_CONCURRENT_DECODES + 2;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<FacePhotos.Checked>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return photos.check(png);
                }));
            }
            start.countDown();
            for (var result : results) {
                assertEquals(1200, result.get().width());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(FacePhotos.peakConcurrentDecodes() >= 1);
        assertTrue(FacePhotos.peakConcurrentDecodes() <= FacePhotos.MAX_CONCURRENT_DECODES,
                "peak " + FacePhotos.peakConcurrentDecodes() + " > " + FacePhotos.MAX_CONCURRENT_DECODES);
    }

    @Test
    @DisplayName("AP8: a JPEG whose frame header claims 60000×60000 is refused without decoding")
    void jpegBomb() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0}, 2);
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 60_000).putShort((short) 60_000);
        assertRefused(jpeg, "photoDimensions");
    }

    @Test
    @DisplayName("AP8: a JPEG with more than 100 scans is refused before decoding")
    void scanBomb() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        int sos = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA}, 2);
        int sosLength = ((jpeg[sos + 2] & 0xFF) << 8) | (jpeg[sos + 3] & 0xFF);
        byte[] emptyScan = new byte[2 + sosLength + 1];
        System.arraycopy(jpeg, sos, emptyScan, 0, 2 + sosLength);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, sos);
        for (int i = 0; i <= FacePhotos.MAX_JPEG_SCANS; i++) {
            out.write(emptyScan);
        }
        out.write(new byte[] {(byte) 0xFF, (byte) 0xD9});
        assertRefused(out.toByteArray(), "photoFormat");
    }

    // ---- metadata stripped ----

    @Test
    @DisplayName("AP8: an EXIF segment with a GPS position is gone from the stored JPEG")
    void exifStripped() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] upload = insertAfterSoi(jpeg, app1Exif(tiffWithMarker()));
        assertTrue(contains(upload, GPS_MARKER), "the test upload carries the marker");
        assertEquals(800, ImageIO.read(new ByteArrayInputStream(upload)).getHeight(), "a valid JPEG");

        FacePhotos.Checked checked = photos.check(upload);

        assertFalse(contains(checked.bytes(), GPS_MARKER));
        assertFalse(contains(checked.bytes(), "Exif"));
        assertEquals(List.of(0xE0), jpegSegmentsBeforeScan(checked.bytes()).stream()
                .filter(marker -> marker >= 0xE0 || marker == 0xFE).toList(), "JFIF APP0 only, no APPn or COM");
        assertEquals(800, decode(checked.bytes()).getHeight());
    }

    @Test
    @DisplayName("AP8: an upright sRGB JPEG is stored without recompression: metadata, comment and trailer gone, pixels identical")
    void uprightJpegKeepsItsCompressedData() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>XMP-SECRET</x:xmpmeta>"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] comment = segment(0xFE, "COMMENT-SECRET".getBytes(StandardCharsets.US_ASCII));
        byte[] upload = concat(insertAfterSoi(jpeg, concat(app1Exif(tiffWithMarker()), xmp, comment)),
                "TRAILER-SECRET".getBytes(StandardCharsets.US_ASCII));

        byte[] stored = photos.check(upload).bytes();

        for (String secret : List.of("XMP-SECRET", "COMMENT-SECRET", "TRAILER-SECRET", "Exif")) {
            assertFalse(contains(stored, secret), secret);
        }
        assertFalse(contains(stored, GPS_MARKER));
        int scan = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA}, 0);
        byte[] fromScan = Arrays.copyOfRange(jpeg, scan, jpeg.length);
        assertTrue(scan > 0 && indexOf(stored, fromScan, 0) == stored.length - fromScan.length,
                "the scan and everything after it, byte for byte");
        BufferedImage original = decode(jpeg);
        BufferedImage back = decode(stored);
        for (int y = 0; y < 800; y += 7) {
            for (int x = 0; x < 600; x += 7) {
                assertEquals(original.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    @DisplayName("AP8: a JPEG comment and data after the end of the image are gone; an ICC profile is applied, then gone")
    void jpegCommentIccAndTrailerStripped() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] icc = segment(0xE2, concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 1},
                linearRgbProfile()));
        byte[] comment = segment(0xFE, "COMMENT-SECRET".getBytes(StandardCharsets.US_ASCII));
        byte[] upload = concat(insertAfterApp0(jpeg, concat(icc, comment)),
                "TRAILER-SECRET".getBytes(StandardCharsets.US_ASCII));
        assertEquals(800, ImageIO.read(new ByteArrayInputStream(upload)).getHeight(), "a valid JPEG");

        FacePhotos.Checked checked = photos.check(upload);

        assertFalse(contains(checked.bytes(), "COMMENT-SECRET"));
        assertFalse(contains(checked.bytes(), "TRAILER-SECRET"));
        assertFalse(contains(checked.bytes(), "ICC_PROFILE"));
        BufferedImage back = decode(checked.bytes());
        assertEquals(600, back.getWidth());
        assertClose(inSrgb(jpeg, 450, 620), back.getRGB(450, 620), "colours converted from the profile to sRGB");
    }

    @Test
    @DisplayName("AP8: a PNG tEXt chunk, an iCCP profile and data after IEND are gone")
    void pngTextStripped() throws IOException {
        byte[] png = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "png");
        byte[] text = concat(pngChunk("iCCP", concat("linear\0\0".getBytes(StandardCharsets.US_ASCII),
                        deflate(linearRgbProfile()))),
                pngChunk("tEXt", ("Comment\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1)));
        byte[] upload = concat(insertAfterIhdr(png, text), "TRAILER-SECRET".getBytes(StandardCharsets.US_ASCII));
        assertTrue(contains(upload, GPS_MARKER));

        FacePhotos.Checked checked = photos.check(upload);

        assertFalse(contains(checked.bytes(), GPS_MARKER));
        assertFalse(contains(checked.bytes(), "tEXt"));
        assertFalse(contains(checked.bytes(), "iCCP"));
        assertFalse(contains(checked.bytes(), "TRAILER-SECRET"));
        BufferedImage back = decode(checked.bytes());
        assertEquals(800, back.getHeight());
        assertEquals(decode(png).getRGB(450, 620), back.getRGB(450, 620),
                "the JDK's PNG reader does not apply iCCP: pixel values are kept as they are");
    }

    // ---- orientation ----

    @Test
    @DisplayName("AP8: the EXIF orientation of a JPEG is applied to the pixels before the checks (all 8 values)")
    void orientation() throws IOException {
        Color r = Color.RED;
        Color g = Color.GREEN;
        Color b = Color.BLUE;
        Color y = Color.YELLOW;
        // quadrants of the upright result, top-left, top-right, bottom-left, bottom-right, for a stored image
        // whose quadrants are red, green / blue, yellow
        Color[][] expected = {
            {r, g, b, y}, {g, r, y, b}, {y, b, g, r}, {b, y, r, g},
            {r, b, g, y}, {b, r, y, g}, {y, g, b, r}, {g, y, r, b}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            boolean turned = orientation >= 5;
            byte[] stored = encode(quadrants(turned ? 800 : 600, turned ? 600 : 800), "jpeg");
            byte[] upload = insertAfterSoi(stored, app1Exif(tiffWithOrientation(orientation, orientation % 2 == 0)));

            FacePhotos.Checked checked = photos.check(upload);

            assertEquals(600, checked.width(), "orientation " + orientation);
            assertEquals(800, checked.height(), "orientation " + orientation);
            BufferedImage back = decode(checked.bytes());
            Color[] want = expected[orientation - 1];
            assertClose(want[0], back.getRGB(150, 200), "top left, orientation " + orientation);
            assertClose(want[1], back.getRGB(450, 200), "top right, orientation " + orientation);
            assertClose(want[2], back.getRGB(150, 600), "bottom left, orientation " + orientation);
            assertClose(want[3], back.getRGB(450, 600), "bottom right, orientation " + orientation);
        }
    }

    @Test
    @DisplayName("AP8: a landscape JPEG that EXIF says to turn is checked as the portrait it shows")
    void orientationDecidesRatio() throws IOException {
        byte[] landscape = encode(picture(800, 600, BufferedImage.TYPE_INT_RGB), "jpeg");
        assertRefused(landscape, "photoRatio");
        assertEquals(800, photos.check(insertAfterSoi(landscape, app1Exif(tiffWithOrientation(6, false)))).height());
        byte[] portrait = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        assertRefused(insertAfterSoi(portrait, app1Exif(tiffWithOrientation(8, true))), "photoRatio");
    }

    @Test
    @DisplayName("AP8: an EXIF segment that is not valid TIFF is ignored: the photo passes as stored")
    void oddExif() throws IOException {
        byte[] jpeg = encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[][] payloads = {
            new byte[0],
            "XX\0*garbage".getBytes(StandardCharsets.US_ASCII),
            {'M', 'M', 0, 42, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, // IFD far past the end
            {'I', 'I', 42, 0, 8, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0x12, 0x01}, // 65535 entries, one cut short
            Arrays.copyOf(tiffWithOrientation(6, false), 19), // the orientation entry cut off
        };
        for (byte[] payload : payloads) {
            FacePhotos.Checked checked = photos.check(insertAfterSoi(jpeg, app1Exif(payload)));
            assertEquals(600, checked.width());
            assertEquals(800, checked.height());
        }
    }

    @Test
    @DisplayName("AP8: the checked photo's bytes cannot be changed through the record")
    void checkedIsACopy() throws IOException {
        FacePhotos.Checked checked = photos.check(encode(picture(600, 800, BufferedImage.TYPE_INT_RGB), "png"));
        byte[] bytes = checked.bytes();
        bytes[0] = 0;
        assertEquals((byte) 0x89, checked.bytes()[0]);
        assertArrayEquals(checked.bytes(), new FacePhotos.Checked(checked.bytes(), FacePhotos.PNG, 600, 800).bytes());
    }

    // ---- helpers ----

    private void assertRefused(byte[] upload, String... keys) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> photos.check(upload));
        for (Violation v : e.violations()) {
            assertEquals("photo", v.field());
            assertEquals("AP8", v.rule());
        }
        assertEquals(Set.of(keys), e.violations().stream().map(Violation::key).collect(Collectors.toSet()));
        assertEquals(keys.length, e.violations().size());
    }

    /** A test card: a red top-left quarter on a pattern, so JPEG has something to compress. */
    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(210, 190, 170));
            g.fillRect(0, 0, width, height);
            for (int x = 0; x < width; x += 20) {
                g.setColor(new Color((x * 7) % 256, 120, 200));
                g.drawLine(x, 0, width - x, height);
            }
            g.setColor(Color.RED);
            g.fillRect(0, 0, width / 2, height / 2);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Color[] colours = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW};
            for (int q = 0; q < 4; q++) {
                g.setColor(colours[q]);
                g.fillRect(q % 2 * width / 2, q / 2 * height / 2, width / 2, height / 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] linearRgbProfile() {
        return ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
    }

    /** The colour of a pixel of an image without profile, read as linear RGB and given in sRGB. */
    private static Color inSrgb(byte[] image, int x, int y) throws IOException {
        int rgb = decode(image).getRGB(x, y);
        float[] linear = {(rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f};
        return new Color(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), linear, 1f);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "ImageIO wrote " + format);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "decodable");
        return image;
    }

    private static void assertJpeg(byte[] bytes) {
        assertTrue(startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}), "JPEG SOI");
        assertEquals(0xFF, bytes[bytes.length - 2] & 0xFF);
        assertEquals(0xD9, bytes[bytes.length - 1] & 0xFF, "ends with EOI");
    }

    private static void assertClose(Color want, int rgb, String what) {
        Color got = new Color(rgb);
        int distance = Math.abs(want.getRed() - got.getRed()) + Math.abs(want.getGreen() - got.getGreen())
                + Math.abs(want.getBlue() - got.getBlue());
        assertTrue(distance < 60, what + ": want " + want + ", got " + got);
    }

    /** A PNG with a valid IHDR claiming the given size and an IDAT far too short for it. */
    private static byte[] bombPng(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1000]);
        deflater.finish();
        byte[] idat = new byte[100];
        int n = deflater.deflate(idat);
        deflater.end();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                pngChunk("IHDR", ihdr.array()), pngChunk("IDAT", Arrays.copyOf(idat, n)), pngChunk("IEND", new byte[0]));
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] insertAfterIhdr(byte[] png, byte[] chunk) {
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        return concat(Arrays.copyOfRange(png, 0, afterIhdr), chunk, Arrays.copyOfRange(png, afterIhdr, png.length));
    }

    /** Inserts after the JFIF APP0 segment the JDK writer puts first. */
    private static byte[] insertAfterApp0(byte[] jpeg, byte[] segments) {
        assertEquals(0xE0, jpeg[3] & 0xFF, "APP0 first");
        int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        return concat(Arrays.copyOfRange(jpeg, 0, afterApp0), segments,
                Arrays.copyOfRange(jpeg, afterApp0, jpeg.length));
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        return concat(Arrays.copyOfRange(jpeg, 0, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (2 + payload.length)).put(payload).array();
    }

    private static byte[] app1Exif(byte[] tiff) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
    }

    /** Big-endian TIFF: IFD0 with a GPS IFD pointer, a GPS IFD with one ASCII entry pointing at the marker. */
    private static byte[] tiffWithMarker() {
        byte[] marker = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 18 + 18 + marker.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x0002).putShort((short) 2).putInt(marker.length).putInt(44)
                .putInt(0);
        tiff.put(marker);
        return tiff.array();
    }

    private static byte[] tiffWithOrientation(int orientation, boolean littleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        if (littleEndian) {
            tiff.order(java.nio.ByteOrder.LITTLE_ENDIAN).put(new byte[] {'I', 'I'});
        } else {
            tiff.put(new byte[] {'M', 'M'});
        }
        tiff.putShort((short) 42).putInt(8).putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    /** The markers of the segments before the first scan. */
    private static List<Integer> jpegSegmentsBeforeScan(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] data, String ascii) {
        return indexOf(data, ascii.getBytes(StandardCharsets.US_ASCII), 0) >= 0;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
