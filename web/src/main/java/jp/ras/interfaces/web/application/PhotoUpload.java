package jp.ras.interfaces.web.application;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.ras.infrastructure.photo.FacePhotos;

/** Reads the face photo of a multipart upload (AP8) without ever holding more than the limit plus one byte. */
public final class PhotoUpload {

    private PhotoUpload() {
    }

    /**
     * The uploaded bytes; null when no file was chosen. A file over {@link FacePhotos#MAX_BYTES} is cut at one
     * byte over the limit, which the photo check refuses as too large, so the user hears about it on the field.
     */
    public static byte[] read(Part part) {
        if (part == null || (part.getSize() <= 0 && (part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isEmpty()))) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(FacePhotos.MAX_BYTES + 1);
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
