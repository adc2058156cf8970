package jp.ras.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import jp.ras.domain.shared.RuleViolationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks a document a user uploads when an officer asks for it (AP8, as in the 2026 system): PDF, JPEG or PNG by
 * content (never by name), at most 10 MB each and 25 MB per application; a PDF must parse, have pages and not be
 * encrypted; an image must have a readable header.
 */
@ApplicationScoped
public class UploadedDocuments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 25L * 1024 * 1024;
    public static final String PDF = "application/pdf";

    /** Returns the document's media type, or throws the violation on field {@code document}. */
    public String check(String fileName, byte[] content, long alreadyStoredBytes) {
        if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
            throw violation("documentMissing");
        }
        if (fileName.length() > 200) {
            throw violation("documentName");
        }
        if (content.length > MAX_BYTES) {
            throw violation("documentTooLarge");
        }
        if (alreadyStoredBytes + content.length > MAX_TOTAL_BYTES) {
            throw violation("documentsTotal");
        }
        String type = sniff(content);
        if (type == null) {
            throw violation("documentFormat");
        }
        if (PDF.equals(type)) {
            checkPdf(content);
        } else {
            checkImage(content);
        }
        return type;
    }

    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    private static void checkPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            if (document.isEncrypted()) {
                throw violation("documentEncrypted");
            }
            if (document.getNumberOfPages() < 1) {
                throw violation("documentFormat");
            }
        } catch (InvalidPasswordException e) {
            throw violation("documentEncrypted");
        } catch (IOException e) {
            throw violation("documentFormat");
        }
    }

    private static void checkImage(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw violation("documentFormat");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1) {
                    throw violation("documentFormat");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw violation("documentFormat");
        }
    }

    private static RuleViolationException violation(String key) {
        return RuleViolationException.of("document", key, "AP8");
    }
}
