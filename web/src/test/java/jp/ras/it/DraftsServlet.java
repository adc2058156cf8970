package jp.ras.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Test-only, for the drafts of {@link FilingScreensIT} (B3). {@code GET /it-drafts?owner=ID&form=F}: the draft's number of writes, a line
 * break and its content, or 404. {@code POST /it-drafts?idle}: the caller's session ends after one idle second
 * instead of 30 minutes, so the container's own idle timeout (AP10) ends it, exactly as it would after 30 minutes.
 */
@WebServlet("/it-drafts")
public class DraftsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FilingScreensTestData data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var draft = data.draft(request.getParameter("owner"), request.getParameter("form"));
        if (draft.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().print(draft.get().writes() + "\n" + draft.get().content());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (request.getParameter("idle") == null || session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        session.setMaxInactiveInterval(1);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
