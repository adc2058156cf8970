package jp.ras.interfaces.web.bulk;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import jp.ras.application.BulkFilingService;
import jp.ras.application.NotFoundException;
import jp.ras.batch.infrastructure.excel.BulkKind;
import jp.ras.batch.infrastructure.excel.ErrorWorkbook;
import jp.ras.batch.infrastructure.excel.RefusedRow;
import jp.ras.domain.shared.Violation;
import jp.ras.interfaces.web.shell.LocaleBacking;

/**
 * B2: the refused rows of a bulk filing as a workbook, {@code /app/bulk-errors?id=N}: the rows as uploaded with an
 * error column per field (message in the user's language and the rule), in the template's layout so the user can
 * correct them and upload the file again. Streamed page by page; another organisation's filing is 404.
 */
@WebServlet("/app/bulk-errors")
public class BulkErrorsServlet extends HttpServlet {

    /** Looked up once: {@code Json.create…} asks the service loader on every call (bench/bulk). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    private static final int PAGE = 1000;

    @Inject
    private BulkFilingService service;

    @Inject
    private LocaleBacking localeBacking;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        long id;
        BulkFilingService.Summary summary;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
            summary = service.mine(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = localeBacking.getLocale();
        ResourceBundle messages = ResourceBundle.getBundle("jp.ras.web.messages", locale);
        response.setContentType(BulkTemplateServlet.XLSX);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"ras-bulk-filing-" + id + "-errors.xlsx\"");
        ErrorWorkbook.write(response.getOutputStream(), BulkKind.valueOf(summary.kind()), locale,
                () -> new RefusedRows(service, id), v -> message(messages, v));
    }

    private static String message(ResourceBundle messages, Violation v) {
        try {
            String pattern = messages.getString("violation." + v.messageKey());
            Object[] arguments = v.messageArguments();
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, messages.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return v.key();
        }
    }

    /** The refused rows, fetched a page at a time as the workbook is written. */
    private static final class RefusedRows implements Iterator<RefusedRow> {

        private final BulkFilingService service;
        private final long id;
        private final Deque<BulkFilingService.Refused> page = new ArrayDeque<>();
        private int after;
        private boolean last;

        RefusedRows(BulkFilingService service, long id) {
            this.service = service;
            this.id = id;
        }

        @Override
        public boolean hasNext() {
            if (page.isEmpty() && !last) {
                var rows = service.refusedRows(id, after, PAGE);
                page.addAll(rows);
                last = rows.size() < PAGE;
                if (!rows.isEmpty()) {
                    after = rows.get(rows.size() - 1).rowNumber();
                }
            }
            return !page.isEmpty();
        }

        @Override
        public RefusedRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BulkFilingService.Refused r = page.removeFirst();
            return new RefusedRow(r.rowNumber(), cells(r.cellsJson()), r.violations());
        }

        private static Map<String, String> cells(String json) {
            Map<String, String> cells = new LinkedHashMap<>();
            if (json != null && !json.isBlank()) {
                try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                    JsonObject o = reader.readObject();
                    o.forEach((k, v) -> cells.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
                }
            }
            return cells;
        }
    }
}
