package jp.ras.interfaces.web.officer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import jp.ras.application.OfficerApplicationService;
import jp.ras.application.UsageApplicationService;
import jp.ras.interfaces.web.shell.PageId;
import jp.ras.interfaces.web.shell.StoredFileServlet;

/**
 * Issue 17, SE2: the identity document uploaded with a usage application filed online,
 * {@code /officer/usage-document?id=N}. Under {@code /officer/*}, so only officers and supervisors reach it (and the
 * service checks the role again). Sent as a download, never rendered in the intranet's origin; never cached.
 */
@WebServlet("/officer/usage-document")
public class UsageDocumentServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    /** The only types a usage request's identity document may have. */
    private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    private UsageApplicationService usage;

    @Override
    protected StoredFile find(HttpServletRequest request) {
        Long id = PageId.parse(request.getParameter("id"));
        if (id == null) {
            return null;
        }
        OfficerApplicationService.DocumentContent document = usage.identityDocument(id);
        return StoredFile.attachment(TYPES, document.mediaType(), document.fileName(), document.content());
    }
}
