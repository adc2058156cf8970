package jp.ras.interfaces.web.usage;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.ras.infrastructure.documents.UploadedDocuments;

/** Reads an uploaded identity document (issue 17) without ever holding more than the limit plus one byte. */
final class DocumentUpload {

    private DocumentUpload() {
    }

    /** The bytes; null when no file was chosen. A file over the limit is cut one byte over, which is refused. */
    static byte[] read(Part part) {
        if (part == null || (part.getSize() <= 0 && (part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isEmpty()))) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) UploadedDocuments.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                part.delete();
            } catch (IOException | RuntimeException e) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }
}
