package jp.ras.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import jp.ras.application.ReceiptNumbering;

/**
 * Test-only: runs the receipt numbering (RN2) now, as its hourly timer would, for a browser test that cannot wait
 * for ten past the hour: {@code POST /it-receipt-numbers} answers how many applications it numbered. No screen
 * runs it; {@link ReceiptNumbering#assignNow()} is for supervisors, so it runs through {@link AsSupervisor}.
 */
@WebServlet("/it-receipt-numbers")
public class ReceiptNumberingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReceiptNumbering numbering;

    @Inject
    private AsSupervisor asSupervisor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AtomicInteger numbered = new AtomicInteger();
        asSupervisor.run(() -> numbered.set(numbering.assignNow()));
        response.setContentType("text/plain");
        response.getWriter().print(numbered.get());
    }
}
