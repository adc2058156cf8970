package jp.ras.interfaces.web.status;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Issue 17: the status page's form is read as UTF-8. Faces takes a posted form's encoding from the session that
 * rendered the page; the status page has no session (a stateless view), so without this a receipt number's kanji and
 * katakana would be read as ISO-8859-1 (measured: 札オンE… arrived as æ­ãªã³E…).
 */
@WebFilter("/status.xhtml")
public class StatusEncodingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        chain.doFilter(request, response);
    }
}
