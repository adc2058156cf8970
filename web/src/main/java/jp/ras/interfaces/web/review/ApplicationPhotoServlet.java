package jp.ras.interfaces.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import jp.ras.application.OfficerApplicationService;
import jp.ras.interfaces.web.shell.PageId;
import jp.ras.interfaces.web.shell.StoredFileServlet;

/**
 * AP8: an application's face photo for the review page, {@code /officer/photo?id=N}. Under {@code /officer/*}, so
 * only officers and supervisors reach it (and the service checks the role again). Personal data: never cached.
 */
@WebServlet("/officer/photo")
public class ApplicationPhotoServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    /** The only types FacePhotos stores. */
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

    @Inject
    private OfficerApplicationService applications;

    @Override
    protected StoredFile find(HttpServletRequest request) {
        Long id = PageId.parse(request.getParameter("id"));
        if (id == null) {
            return null;
        }
        OfficerApplicationService.Photo photo = applications.photo(id);
        return StoredFile.inline(TYPES, photo.mediaType(), photo.content());
    }
}
