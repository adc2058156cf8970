package jp.ras.interfaces.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import jp.ras.application.OfficerApplicationService;
import jp.ras.interfaces.web.shell.PageId;
import jp.ras.interfaces.web.shell.StoredFileServlet;

/**
 * AP8: a document the user uploaded when an officer asked for it, {@code /officer/document?application=N&id=M},
 * for the review page. Under {@code /officer/*}, so only officers and supervisors reach it (and the service checks
 * the role again). Sent as a download, never rendered in the intranet's origin; personal data: never cached.
 */
@WebServlet("/officer/document")
public class ApplicationDocumentServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    /** The only types UploadedDocuments stores. */
    private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    private OfficerApplicationService applications;

    @Override
    protected StoredFile find(HttpServletRequest request) {
        Long application = PageId.parse(request.getParameter("application"));
        Long id = PageId.parse(request.getParameter("id"));
        if (application == null || id == null) {
            return null;
        }
        OfficerApplicationService.DocumentContent document = applications.document(application, id);
        return StoredFile.attachment(TYPES, document.mediaType(), document.fileName(), document.content());
    }
}
