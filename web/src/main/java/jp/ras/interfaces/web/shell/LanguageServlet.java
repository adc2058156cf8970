package jp.ras.interfaces.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * AP11: the language switch of the error pages. An error page is rendered in the request of the page the user
 * asked for, so a Faces form on it would post to the error view's own path under {@code /WEB-INF/}; its switch is a
 * plain form that posts here instead: the session takes the language, and the browser goes back (303) to the address
 * it asked for, which answers again, now in that language.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleBacking localeBacking;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        localeBacking.choose(request.getParameter("lang"), request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", safeReturn(request.getContextPath(), request.getParameter("to")));
    }

    /** Only a path of RAS itself, never another site ({@code //host}) nor an internal one. */
    static String safeReturn(String contextPath, String to) {
        String home = contextPath + "/";
        if (to == null || !to.startsWith(home) || to.contains("//") || to.contains("\\") || to.contains("\r")
                || to.contains("\n") || to.regionMatches(true, home.length(), "WEB-INF", 0, 7)) {
            return home;
        }
        return to;
    }
}
