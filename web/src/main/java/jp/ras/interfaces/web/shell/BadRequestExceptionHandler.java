package jp.ras.interfaces.web.shell;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Security 6: what a client sent wrong is its error, not the server's. An expired or foreign ViewState, a
 * url-encoded post to a multipart form and a multipart body cut short answer 400 with a page saying so (in the
 * user's language), and leave one line in the log at FINE instead of a stack trace at WARNING. An expired view in
 * an Ajax request reloads the page (a partial-response redirect), so the user sees the page anew. Everything else
 * goes on to the container's 500 page as before.
 */
public class BadRequestExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.xhtml";
    static final String BAD_REQUEST_PAGE = "/WEB-INF/errors/bad-request.xhtml";

    private static final Logger LOG = Logger.getLogger(BadRequestExceptionHandler.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BadRequestExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public BadRequestExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            String page = clientFault(thrown);
            if (page != null && context != null && !context.getResponseComplete()) {
                events.remove();
                LOG.log(Level.FINE, "400 for {0}: {1}", new Object[] {requestUri(context), thrown});
                try {
                    answer(context, page);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                break;
            }
        }
        getWrapped().handle();
    }

    /** The page that explains the client's fault, or null when the server is at fault. */
    static String clientFault(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return EXPIRED_PAGE;
            }
            String type = t.getClass().getName().toLowerCase(Locale.ROOT);
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EOFException || type.contains("fileupload") || type.contains("malformedstream")
                    || message.contains("multipart")) {
                return BAD_REQUEST_PAGE;
            }
        }
        return null;
    }

    private static void answer(FacesContext context, String page) throws IOException {
        var external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest() && page.equals(EXPIRED_PAGE)) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            external.redirect(request.getRequestURI());
            context.responseComplete();
            return;
        }
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, page));
        context.getPartialViewContext().setRenderAll(true);
        external.setResponseStatus(400);
        context.renderResponse();
    }

    private static String requestUri(FacesContext context) {
        return ((HttpServletRequest) context.getExternalContext().getRequest()).getRequestURI();
    }
}
