package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/** Error pages: a forbidden page answers exactly like a missing one (404), so hidden pages stay hidden. */
@Named
@RequestScoped
public class ErrorBacking {

    @Inject
    private ExternalContext externalContext;

    public void notFound() {
        externalContext.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
