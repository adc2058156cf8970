package jp.ras.interfaces.web.bulk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.ras.application.EligibilityService;
import jp.ras.batch.infrastructure.excel.BulkTemplate;

/**
 * B1: the bulk-filing template workbook, {@code /app/bulk-template}, made on request with today's eligible statuses
 * of residence in its drop-down list. Under {@code /app/*}: organisation users and agents only.
 */
@WebServlet("/app/bulk-template")
public class BulkTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private EligibilityService eligibility;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"ras-bulk-filing-template-"
                + BulkTemplate.VERSION + ".xlsx\"");
        BulkTemplate.write(response.getOutputStream(), eligibility.eligibleStatuses());
    }
}
