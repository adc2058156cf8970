package jp.ras.interfaces.web.shell;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import jp.ras.application.NotFoundException;

/**
 * Sends an officer one stored file with personal data (an application's documents and face photo, a usage
 * application's identity document): 404 when the address names none or the service knows none; otherwise the file
 * with its own type only when the store accepts that type, never cached and never sniffed. A subclass finds the
 * file through its service, which checks the caller's role again.
 */
public abstract class StoredFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8"); // before reading a parameter, so the 404 page can keep its encoding
        StoredFile file;
        try {
            file = find(request);
        } catch (NotFoundException e) {
            file = null;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", file.disposition());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    /** The file the request's parameters name; null when they name none (a malformed id), as for an unknown one. */
    protected abstract StoredFile find(HttpServletRequest request) throws NotFoundException;

    /** What is sent: the type as answered, the {@code Content-Disposition} header and the bytes. */
    protected record StoredFile(String mediaType, String disposition, byte[] content) {

        /** A download under its uploaded name (never rendered in the intranet's origin). */
        public static StoredFile attachment(Set<String> storedTypes, String mediaType, String fileName,
                byte[] content) {
            return new StoredFile(typeOf(storedTypes, mediaType), "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"), content);
        }

        /** Shown in the page, as a face photo is. */
        public static StoredFile inline(Set<String> storedTypes, String mediaType, byte[] content) {
            return new StoredFile(typeOf(storedTypes, mediaType), "inline", content);
        }

        /** Anything but the types the store accepts is not sent with its own type. */
        private static String typeOf(Set<String> storedTypes, String mediaType) {
            return storedTypes.contains(mediaType) ? mediaType : "application/octet-stream";
        }
    }
}
