package jp.ras.infrastructure.photo;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;

/**
 * The face photo of a residence application (AP8): checks an upload and returns the photo to store.
 *
 * <p>Accepted: a JPEG or PNG, recognised by its first bytes (never by a file name or a declared type), of at most
 * {@link #MAX_BYTES}, that decodes completely, at least {@link #MIN_WIDTH}×{@link #MIN_HEIGHT} pixels and portrait
 * 3:4 within {@link #TOLERANCE}. Before any pixel is decoded the dimensions are read from the header and images
 * larger than {@link #MAX_WIDTH}×{@link #MAX_HEIGHT} or {@link #MAX_PIXELS} are refused, as are JPEGs with more
 * than {@link #MAX_JPEG_SCANS} scans, so a small file cannot make the server decode a huge image.
 *
 * <p>The stored photo carries no metadata: EXIF (with GPS position), comments, XMP, ICC profiles, text chunks and
 * anything appended to the file are not carried over. An upright JPEG in sRGB or grey without a colour profile keeps its compressed image
 * data and loses every metadata segment ({@link JpegStructure#stripped}: no recompression); any other photo is the
 * decoded pixels encoded again (JPEG at {@link #JPEG_QUALITY}, PNG as PNG, the same format as the upload). The EXIF orientation of a JPEG is applied to the pixels first, so a photo a
 * phone stored sideways with an orientation tag is checked and stored upright. Colours are converted to sRGB
 * (greyscale and palette images stay so): a JPEG's embedded ICC profile is applied, a PNG's {@code iCCP} profile
 * is not (the JDK's PNG reader ignores it) and its pixel values are kept. A JPEG cannot carry transparency, so a
 * JPEG decoded with an alpha channel is drawn on white; a PNG keeps its transparency.
 *
 * <p>Metadata is never parsed by ImageIO (the readers run with {@code ignoreMetadata}), so compressed PNG text
 * chunks are not inflated. The EXIF orientation is read by a small bounded parser ({@link JpegStructure}).
 *
 * <p>Plain Java: works as a CDI bean or with {@code new}; it keeps no state.
 */
@ApplicationScoped
public class FacePhotos {

    public static final String FIELD = "photo";
    public static final String RULE = "AP8";

    /** Violation keys (messages {@code violation.<key>} in the screens' bundles). */
    public static final String MISSING = "photoMissing";
    public static final String TOO_LARGE = "photoTooLarge";
    public static final String FORMAT = "photoFormat";
    public static final String DIMENSIONS = "photoDimensions";
    public static final String TOO_SMALL = "photoTooSmall";
    public static final String RATIO_KEY = "photoRatio";

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** Largest upload: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MIN_WIDTH = 300;
    public static final int MIN_HEIGHT = 400;
    /** Width / height of a portrait 3:4 photo. */
    public static final double RATIO = 0.75;
    /** Allowed relative deviation from {@link #RATIO}: |(width / height) / RATIO − 1| ≤ TOLERANCE. */
    public static final double TOLERANCE = 0.02;

    /**
     * Decompression-bomb guard, checked on the header before decoding: what a face photo needs, with room for a
     * 16-megapixel camera picture (a phone's 12 MP 3024×4032 fits), either way round. Security 8: a 113 KB PNG of
     * 5,400 × 7,200 pixels cost 2.4 s of CPU under the earlier 40 MP bound.
     */
    public static final int MAX_WIDTH = 4800;
    public static final int MAX_HEIGHT = 6400;
    public static final long MAX_PIXELS = 16_000_000L;
    /**
     * Security 8: at most this many photos are decoded at once (one per core), so a few clients sending large photos
     * cannot take every core; the others wait their turn, up to {@link #DECODE_WAIT_SECONDS}.
     */
    public static final int MAX_CONCURRENT_DECODES = Math.max(1, Runtime.getRuntime().availableProcessors());
    public static final long DECODE_WAIT_SECONDS = 60;
    private static final Semaphore DECODES = new Semaphore(MAX_CONCURRENT_DECODES, true);
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger PEAK = new AtomicInteger();
    public static final int MAX_JPEG_SCANS = 100;

    public static final float JPEG_QUALITY = 0.92f;

    /** Of a JPEG stored as uploaded, every {@code CHECK_STEP}th pixel of every {@code CHECK_STEP}th row is copied out. */
    private static final int CHECK_STEP = 8;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A photo that passed the check, ready to store: {@code bytes} carry no metadata. */
    public record Checked(byte[] bytes, String mediaType, int width, int height) {

        public Checked {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Checked c && Arrays.equals(bytes, c.bytes) && mediaType.equals(c.mediaType)
                    && width == c.width && height == c.height;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(bytes), mediaType, width, height);
        }

        @Override
        public String toString() {
            return "Checked[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
        }
    }

    /** Security 8: decodes within the bound on decodes at once. */
    private static BufferedImage decode(ImageReader reader, ImageReadParam param) throws IOException {
        boolean admitted;
        try {
            admitted = DECODES.tryAcquire(DECODE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to decode", e);
        }
        if (!admitted) {
            throw new Busy();
        }
        try {
            PEAK.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
            return reader.read(0, param);
        } finally {
            IN_FLIGHT.decrementAndGet();
            DECODES.release();
        }
    }

    /** Security 8: every decode slot stayed taken for {@link #DECODE_WAIT_SECONDS}; the server is overloaded. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("no photo decode slot within " + DECODE_WAIT_SECONDS + " s");
        }
    }

    /** The most decodes that ran at once since the start (for the tests and for operators). */
    public static int peakConcurrentDecodes() {
        return PEAK.get();
    }

    /**
     * Checks an upload against AP8 and returns the photo to store.
     *
     * @throws RuleViolationException on field {@value #FIELD}, rule {@value #RULE}, with key {@value #MISSING},
     *         {@value #TOO_LARGE}, {@value #FORMAT}, {@value #DIMENSIONS}, or {@value #TOO_SMALL} and/or
     *         {@value #RATIO_KEY}
     */
    public Checked check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refused(MISSING);
        }
        if (upload.length > MAX_BYTES) {
            throw refused(TOO_LARGE);
        }
        boolean jpeg = startsWith(upload, JPEG_MAGIC);
        if (!jpeg && !startsWith(upload, PNG_MAGIC)) {
            throw refused(FORMAT);
        }
        int orientation = 1;
        boolean iccProfile = false;
        if (jpeg) {
            try {
                JpegStructure.Info info = JpegStructure.read(upload, MAX_JPEG_SCANS);
                orientation = info.orientation();
                iccProfile = info.iccProfile();
            } catch (JpegStructure.Malformed e) {
                throw refused(FORMAT);
            }
        }
        ImageReader reader = reader(jpeg ? "jpeg" : "png");
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage decoded;
        int width;
        int height;
        boolean keepsData;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw refused(FORMAT);
            }
            // either way round, since the EXIF orientation may turn the image
            if (Math.min(width, height) > MAX_WIDTH || Math.max(width, height) > MAX_HEIGHT
                    || (long) width * height > MAX_PIXELS) {
                throw refused(DIMENSIONS);
            }
            boolean swap = orientation >= 5;
            checkSize(swap ? height : width, swap ? width : height);
            ImageReadParam param = reader.getDefaultReadParam();
            keepsData = jpeg && orientation == 1 && !iccProfile && plainJpeg(reader.getRawImageType(0));
            if (keepsData) {
                // Its compressed data will be stored as uploaded, so the pixels are only decoded to prove they
                // decode: libjpeg still decodes every row up to the last (a corrupt or short scan still warns), only
                // one pixel in 64 is copied out (the copy was most of the decoding time: bench/bulk).
                param.setSourceSubsampling(CHECK_STEP, CHECK_STEP, (width - 1) % CHECK_STEP,
                        (height - 1) % CHECK_STEP);
            }
            decoded = decode(reader, param);
        } catch (RuleViolationException | Busy e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused(FORMAT); // does not decode
        } finally {
            reader.dispose();
        }
        if (!warnings.isEmpty()) {
            throw refused(FORMAT); // the decoder had to guess: missing or corrupt data
        }
        if (keepsData) {
            try {
                return new Checked(JpegStructure.stripped(upload), JPEG, width, height);
            } catch (JpegStructure.Malformed e) {
                throw refused(FORMAT);
            }
        }
        BufferedImage clean = prepare(decoded, jpeg, orientation);
        byte[] bytes;
        if (jpeg && clean == decoded && !iccProfile) {
            // Upright sRGB or grey already: the metadata goes, the compressed pixels stay as taken (no recompression,
            // and a fifth of a filing's CPU time saved: bench/).
            try {
                bytes = JpegStructure.stripped(upload);
            } catch (JpegStructure.Malformed e) {
                throw refused(FORMAT);
            }
        } else {
            bytes = jpeg ? writeJpeg(clean) : writePng(clean);
        }
        return new Checked(bytes, jpeg ? JPEG : PNG, clean.getWidth(), clean.getHeight());
    }

    /** A JPEG that decodes to plain 8-bit sRGB or grey pixels: {@link #prepare} would leave them as they are. */
    private static boolean plainJpeg(ImageTypeSpecifier raw) {
        if (raw == null) {
            return false;
        }
        ColorModel model = raw.getColorModel();
        ColorSpace space = model.getColorSpace();
        int type = raw.getBufferedImageType();
        return !model.hasAlpha() && (type == BufferedImage.TYPE_3BYTE_BGR && space.isCS_sRGB()
                || type == BufferedImage.TYPE_BYTE_GRAY && space == ColorSpace.getInstance(ColorSpace.CS_GRAY));
    }

    private static boolean ratioFits(int width, int height) {
        return Math.abs(((double) width / height) / RATIO - 1) <= TOLERANCE;
    }

    private static void checkSize(int width, int height) {
        RuleViolationException.Collector found = new RuleViolationException.Collector();
        found.check(width >= MIN_WIDTH && height >= MIN_HEIGHT, FIELD, TOO_SMALL, RULE);
        found.check(ratioFits(width, height), FIELD, RATIO_KEY, RULE);
        found.throwIfAny();
    }

    /**
     * The pixels to encode: upright (EXIF orientation applied), in sRGB, and for JPEG without alpha (on white).
     * Images that need none of that are returned as decoded, without a copy.
     */
    private static BufferedImage prepare(BufferedImage image, boolean jpeg, int orientation) {
        boolean hasAlpha = image.getColorModel().hasAlpha();
        ColorSpace space = image.getColorModel().getColorSpace();
        boolean standardColours = space.isCS_sRGB() || space == ColorSpace.getInstance(ColorSpace.CS_GRAY);
        int type = image.getType();
        boolean plainLayout = type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY
                || !jpeg && (type == BufferedImage.TYPE_4BYTE_ABGR || type == BufferedImage.TYPE_BYTE_INDEXED);
        if (plainLayout && standardColours && orientation == 1) {
            return image;
        }
        int targetType;
        if (!hasAlpha && space.getType() == ColorSpace.TYPE_GRAY) {
            targetType = BufferedImage.TYPE_BYTE_GRAY;
        } else if (jpeg || !hasAlpha) {
            targetType = BufferedImage.TYPE_3BYTE_BGR;
        } else {
            targetType = BufferedImage.TYPE_4BYTE_ABGR;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, targetType);
        Graphics2D g = target.createGraphics();
        try {
            if (hasAlpha && targetType != BufferedImage.TYPE_4BYTE_ABGR) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, target.getWidth(), target.getHeight());
                g.setComposite(AlphaComposite.SrcOver);
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(image, orient(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Maps the stored pixels to the upright image for an EXIF orientation (1–8). */
    static AffineTransform orient(int orientation, int w, int h) {
        // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned 90° clockwise to be upright
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned 90° anticlockwise to be upright
            default -> new AffineTransform();
        };
    }

    private static byte[] writeJpeg(BufferedImage image) {
        ImageWriter writer = writer("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return write(writer, image, param);
    }

    private static byte[] writePng(BufferedImage image) {
        ImageWriter writer = writer("png");
        return write(writer, image, writer.getDefaultWriteParam());
    }

    /** Writes the pixels alone: no metadata is passed, so the writer adds only what the format requires. */
    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("encoding the photo failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader reader(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static ImageWriter writer(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return writers.next();
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    private static RuleViolationException refused(String key) {
        return new RuleViolationException(List.of(Violation.of(FIELD, key, RULE)));
    }
}
