package jp.ras.interfaces.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import jp.ras.application.NotFoundException;
import jp.ras.application.OfficerApplicationService;
import jp.ras.interfaces.web.shell.PageId;

/**
 * AP8: a document the user uploaded when an officer asked for it, {@code /officer/document?application=N&id=M},
 * for the review page. Under {@code /officer/*}, so only officers and supervisors reach it (and the service checks
 * the role again). Sent as a download, never rendered in the intranet's origin; personal data: never cached.
 */
@WebServlet("/officer/document")
public class ApplicationDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The only types UploadedDocuments stores; anything else is not sent with its own type. */
    private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    private OfficerApplicationService applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8"); // before reading a parameter, so the 404 page can keep its encoding
        Long application = PageId.parse(request.getParameter("application"));
        Long id = PageId.parse(request.getParameter("id"));
        if (application == null || id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OfficerApplicationService.DocumentContent document;
        try {
            document = applications.document(application, id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.contains(document.mediaType()) ? document.mediaType()
                : "application/octet-stream");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        byte[] content = document.content();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
