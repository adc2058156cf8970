package jp.ras.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.ras.interfaces.web.shell.UserSession;

/**
 * AC5, SE2: a signed-in user whose password expired, or an organisation user or agent who has not agreed to the
 * current terms of use, may open only the page that resolves it (logging out posts back to that page) until they
 * have done so. Every other protected page redirects there.
 */
@WebFilter(urlPatterns = {"/app/*", "/officer/*", "/account/*"})
public class AccountGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserSession userSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String required = request.getUserPrincipal() == null ? null : userSession.requiredPage();
        if (required == null || required.equals(pathOf(request))) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + required;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
