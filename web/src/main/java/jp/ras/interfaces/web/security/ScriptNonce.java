package jp.ras.interfaces.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Security 5: the nonce that lets a page's own scripts run under a Content-Security-Policy without
 * {@code 'unsafe-inline'}. Every answer draws a fresh one (128 bits), named in its policy header
 * ({@link SecurityHeaders}) and written on each {@code <script>} of the page ({@link NonceResponseWriter}). A page
 * remembers its nonce in its view, so that the scripts of an Ajax update of that page (PrimeFaces' tables and poll)
 * carry the nonce the document was loaded with: an Ajax answer's own header does not apply to the document.
 */
public final class ScriptNonce {

    static final String REQUEST_ATTRIBUTE = "ras.scriptNonce";

    static final String VIEW_KEY = "ras.scriptNonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ScriptNonce() {
    }

    /** This answer's nonce, drawn on first use. */
    static String of(HttpServletRequest request) {
        Object nonce = request.getAttribute(REQUEST_ATTRIBUTE);
        if (nonce instanceof String value) {
            return value;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String value = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(REQUEST_ATTRIBUTE, value);
        return value;
    }

    /**
     * The nonce for the scripts Faces writes now: in an Ajax request, that of the page being updated; otherwise this
     * answer's, which the view then keeps.
     */
    static String forRendering(FacesContext context) {
        String own = of((HttpServletRequest) context.getExternalContext().getRequest());
        UIViewRoot view = context.getViewRoot();
        if (view == null || view.isTransient()) {
            return own;
        }
        Map<String, Object> viewMap = view.getViewMap(true);
        if (context.getPartialViewContext().isAjaxRequest() && viewMap.get(VIEW_KEY) instanceof String page) {
            return page;
        }
        viewMap.put(VIEW_KEY, own);
        return own;
    }
}
