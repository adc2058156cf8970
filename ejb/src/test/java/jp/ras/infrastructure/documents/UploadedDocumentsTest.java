package jp.ras.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import jp.ras.domain.shared.RuleViolationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UploadedDocumentsTest {

    private final UploadedDocuments documents = new UploadedDocuments();

    private static byte[] pdf(boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private String key(String name, byte[] content, long stored) {
        return assertThrows(RuleViolationException.class, () -> documents.check(name, content, stored))
                .violations().get(0).key();
    }

    @Test
    @DisplayName("AP8: a PDF that parses and a PNG are accepted, typed by their content")
    void ap8_accepted() throws IOException {
        assertEquals("application/pdf", documents.check("zaishoku.pdf", pdf(false), 0));
        assertEquals("image/png", documents.check("scan.pdf", png(), 0), "the content decides, not the name");
    }

    @Test
    @DisplayName("AP8: a PDF that does not parse, an encrypted PDF and other formats are refused")
    void ap8_refused() throws IOException {
        byte[] broken = Arrays.copyOf(pdf(false), 40);
        assertEquals("documentFormat", key("a.pdf", broken, 0));
        assertEquals("documentEncrypted", key("a.pdf", pdf(true), 0));
        assertEquals("documentFormat", key("a.docx", "PK\u0003\u0004 word".getBytes(), 0));
        assertEquals("documentMissing", key("a.pdf", new byte[0], 0));
    }

    @Test
    @DisplayName("AP8: at most 10 MB a document and 25 MB an application")
    void ap8_sizes() throws IOException {
        byte[] big = new byte[(int) UploadedDocuments.MAX_BYTES + 1];
        big[0] = '%';
        assertEquals("documentTooLarge", key("big.pdf", big, 0));
        assertEquals("documentsTotal", key("more.pdf", pdf(false), UploadedDocuments.MAX_TOTAL_BYTES - 10));
    }
}
