package jp.ras.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** Test-only: lets a browser test move the application's clock ({@code POST /it-clock?hours=N}, or reset). */
@WebServlet("/it-clock")
public class ClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String hours = request.getParameter("hours");
        if (hours == null) {
            MovableClock.reset();
        } else {
            MovableClock.moveBy(Duration.ofHours(Long.parseLong(hours)));
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
