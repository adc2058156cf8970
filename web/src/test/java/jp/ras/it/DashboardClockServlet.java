package jp.ras.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Test-only: {@code POST /it-dashboard-clock} moves the application's clock to noon, Japan time, of the
 * {@link DashboardTestData#today() dashboard test's today} and answers its year ({@code POST /it-clock} puts it back).
 */
@WebServlet("/it-dashboard-clock")
public class DashboardClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant noon = DashboardTestData.today().atTime(12, 0).atZone(jp.ras.domain.shared.JapanTime.ZONE)
                .toInstant();
        MovableClock.reset();
        MovableClock.moveBy(Duration.between(Instant.now(), noon));
        response.setContentType("text/plain");
        response.getWriter().print(DashboardTestData.year);
    }
}
