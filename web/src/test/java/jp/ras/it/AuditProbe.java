package jp.ras.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Test-only: the audit entries of a target as "ACTION source-ip" lines, for tests that run as HTTP clients. */
@WebServlet("/it/audit")
public class AuditProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getParameter("target");
        List<String> actions = accounts.auditActions(target);
        List<String> addresses = accounts.auditSourceIps(target);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        for (int i = 0; i < actions.size(); i++) {
            response.getWriter().println(actions.get(i) + " " + addresses.get(i));
        }
    }
}
