package jp.ras.interfaces.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Counts the requests in flight for {@link Availability}; while the instance drains before it stops, answers 503
 * with {@code Retry-After} and closes the connection, instead of starting work the stop would cut off.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AvailabilityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String STOPPING = "RAS is stopping on this server: please try again in a few seconds."
            + " / このサーバーの RAS は停止中です。しばらくしてからもう一度お試しください。\n";

    @Inject
    private Availability availability;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!availability.enter()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setHeader("Connection", "close");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(STOPPING.getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            availability.leave();
        }
    }
}
