package jp.ras.interfaces.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import jp.ras.application.NotFoundException;
import jp.ras.application.OfficerApplicationService;
import jp.ras.interfaces.web.shell.PageId;

/**
 * AP8: an application's face photo for the review page, {@code /officer/photo?id=N}. Under {@code /officer/*}, so
 * only officers and supervisors reach it (and the service checks the role again). Personal data: never cached.
 */
@WebServlet("/officer/photo")
public class ApplicationPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The only types FacePhotos stores; anything else is not sent with its own type. */
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

    @Inject
    private OfficerApplicationService applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8"); // before reading a parameter, so the 404 page can keep its encoding
        Long id = PageId.parse(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OfficerApplicationService.Photo photo;
        try {
            photo = applications.photo(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.contains(photo.mediaType()) ? photo.mediaType() : "application/octet-stream");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        byte[] content = photo.content();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
