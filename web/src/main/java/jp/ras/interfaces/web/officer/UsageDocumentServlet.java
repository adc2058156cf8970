package jp.ras.interfaces.web.officer;

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
import jp.ras.application.UsageApplicationService;

/**
 * Issue 17, SE2: the identity document uploaded with a usage application filed online,
 * {@code /officer/usage-document?id=N}. Under {@code /officer/*}, so only officers and supervisors reach it (and the
 * service checks the role again). Sent as a download, never rendered in the intranet's origin; never cached.
 */
@WebServlet("/officer/usage-document")
public class UsageDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    private UsageApplicationService usage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String raw = request.getParameter("id");
        long id;
        try {
            id = raw == null ? -1 : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (id < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OfficerApplicationService.DocumentContent document;
        try {
            document = usage.identityDocument(id);
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
