package jp.ras.infrastructure.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Walks the marker segments of a JPEG without decoding it: counts the scans (a progressive JPEG with thousands of
 * tiny scans costs the decoder a pass over every block per scan), requires a frame, a scan and the end-of-image
 * marker (a cut-off upload has none), and reads the EXIF orientation, which the stored photo loses with its
 * metadata and so must be applied to the pixels.
 */
final class JpegStructure {

    /**
     * What the walk found. {@code orientation} is the EXIF value 1–8, 1 when absent or unreadable; {@code iccProfile}
     * whether an ICC colour profile is embedded (the pixels then mean what the profile says, not sRGB).
     */
    record Info(int scans, int orientation, boolean iccProfile) {
    }

    /** The structure is not that of a whole JPEG, or it has more than the allowed number of scans. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    private JpegStructure() {
    }

    static Info read(byte[] data, int maxScans) throws Malformed {
        int n = data.length;
        if (n < 4 || u8(data, 0) != 0xFF || u8(data, 1) != 0xD8) {
            throw new Malformed("no SOI");
        }
        int scans = 0;
        int orientation = 1;
        boolean icc = false;
        boolean frame = false;
        int i = 2;
        while (true) {
            if (i >= n || u8(data, i) != 0xFF) {
                throw new Malformed("marker expected at " + i);
            }
            while (i < n && u8(data, i) == 0xFF) {
                i++; // fill bytes
            }
            if (i >= n) {
                throw new Malformed("ends inside a marker");
            }
            int marker = u8(data, i++);
            if (marker == 0xD9) { // EOI: anything after it is not part of the image
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // TEM, RSTn: no length
            }
            if (marker == 0x00 || marker == 0xD8) {
                throw new Malformed("unexpected marker " + Integer.toHexString(marker));
            }
            if (i + 2 > n) {
                throw new Malformed("ends inside a segment length");
            }
            int length = (u8(data, i) << 8) | u8(data, i + 1);
            int start = i + 2;
            int end = i + length;
            if (length < 2 || end > n) {
                throw new Malformed("segment runs past the end");
            }
            if (isFrame(marker)) {
                frame = true;
            } else if (marker == 0xE1 && orientation == 1 && startsWith(data, start, end, EXIF)) {
                orientation = orientation(data, start + EXIF.length, end);
            } else if (marker == 0xE2 && startsWith(data, start, end, ICC)) {
                icc = true;
            } else if (marker == 0xDA) {
                if (!frame) {
                    throw new Malformed("scan before frame");
                }
                if (++scans > maxScans) {
                    throw new Malformed("more than " + maxScans + " scans");
                }
                end = skipEntropyCoded(data, end);
            }
            i = end;
        }
        if (!frame || scans == 0) {
            throw new Malformed("no frame or no scan");
        }
        return new Info(scans, orientation, icc);
    }

    /** A minimal JFIF header (version 1.01, no density, no thumbnail) for a stripped file without an Adobe segment. */
    private static final byte[] JFIF = {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1,
        0, 0};
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * The same JPEG without its metadata, its compressed image data untouched (no recompression): every APPn segment
     * goes (EXIF, XMP, ICC, IPTC, JFIF and its thumbnails) except Adobe's APP14, which says how the colours were
     * transformed, and so do comments and whatever follows the end-of-image marker. For a file {@link #read} accepted.
     */
    static byte[] stripped(byte[] data) throws Malformed {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 2); // SOI
        boolean adobe = false;
        int body = out.size();
        int n = data.length;
        int i = 2;
        while (true) {
            if (i >= n || u8(data, i) != 0xFF) {
                throw new Malformed("marker expected at " + i);
            }
            while (i < n && u8(data, i) == 0xFF) {
                i++;
            }
            if (i >= n) {
                throw new Malformed("ends inside a marker");
            }
            int begin = i - 1;
            int marker = u8(data, i++);
            if (marker == 0xD9) {
                out.write(0xFF);
                out.write(0xD9);
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (i + 2 > n) {
                throw new Malformed("ends inside a segment length");
            }
            int length = (u8(data, i) << 8) | u8(data, i + 1);
            int end = i + length;
            if (length < 2 || end > n) {
                throw new Malformed("segment runs past the end");
            }
            boolean isAdobe = marker == 0xEE && startsWith(data, i + 2, end, ADOBE);
            boolean metadata = (marker >= 0xE0 && marker <= 0xEF && !isAdobe) || marker == 0xFE;
            adobe |= isAdobe;
            if (marker == 0xDA) {
                end = skipEntropyCoded(data, end);
            }
            if (!metadata) {
                out.write(0xFF);
                out.write(data, begin + 1, end - begin - 1);
            }
            i = end;
        }
        byte[] result = out.toByteArray();
        if (adobe) {
            return result;
        }
        byte[] withJfif = new byte[result.length + JFIF.length];
        System.arraycopy(result, 0, withJfif, 0, body);
        System.arraycopy(JFIF, 0, withJfif, body, JFIF.length);
        System.arraycopy(result, body, withJfif, body + JFIF.length, result.length - body);
        return withJfif;
    }

    /** Start of frame: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Index of the marker that ends the entropy-coded data starting at {@code i}. */
    private static int skipEntropyCoded(byte[] data, int i) throws Malformed {
        int n = data.length;
        while (i + 1 < n) {
            if (u8(data, i) != 0xFF) {
                i++;
                continue;
            }
            int next = u8(data, i + 1);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                i += 2; // stuffed byte or restart marker
            } else if (next == 0xFF) {
                i++; // fill byte before a marker
            } else {
                return i;
            }
        }
        throw new Malformed("ends inside scan data");
    }

    /** The orientation tag of IFD0 in a TIFF structure from {@code start} to {@code end}; 1 if absent or odd. */
    static int orientation(byte[] data, int start, int end) {
        if (end - start < 8) {
            return 1;
        }
        boolean little;
        if (u8(data, start) == 'I' && u8(data, start + 1) == 'I') {
            little = true;
        } else if (u8(data, start) == 'M' && u8(data, start + 1) == 'M') {
            little = false;
        } else {
            return 1;
        }
        if (u16(data, start + 2, little) != 42) {
            return 1;
        }
        long ifd = u32(data, start + 4, little);
        if (ifd < 8 || ifd > end - start - 2) {
            return 1;
        }
        int p = start + (int) ifd;
        int count = u16(data, p, little);
        p += 2;
        for (int k = 0; k < count && p + 12 <= end; k++, p += 12) {
            if (u16(data, p, little) == ORIENTATION_TAG) {
                if (u16(data, p + 2, little) != TYPE_SHORT || u32(data, p + 4, little) != 1) {
                    return 1;
                }
                int value = u16(data, p + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static boolean startsWith(byte[] data, int start, int end, byte[] prefix) {
        return end - start >= prefix.length
                && Arrays.equals(data, start, start + prefix.length, prefix, 0, prefix.length);
    }

    private static int u8(byte[] data, int i) {
        return data[i] & 0xFF;
    }

    private static int u16(byte[] data, int i, boolean little) {
        return little ? u8(data, i) | (u8(data, i + 1) << 8) : (u8(data, i) << 8) | u8(data, i + 1);
    }

    private static long u32(byte[] data, int i, boolean little) {
        long a = u16(data, i, little);
        long b = u16(data, i + 2, little);
        return little ? a | (b << 16) : (a << 16) | b;
    }
}
