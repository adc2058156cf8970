package jp.ras.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only: the audit entries of a number as "ACTION detail" lines, for {@link CaseStatusIT}. */
@WebServlet("/it/case-status-audit")
public class CaseStatusProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseStatusTestData data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        for (String line : data.audit(request.getParameter("target"))) {
            response.getWriter().println(line);
        }
    }
}
