package jp.ras.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security 5: the headers every answer of RAS carries. Faces pages get a Content-Security-Policy that allows
 * scripts, styles, images and connections from RAS only, no plugins, no framing, no other form target or base; an
 * inline script runs only with the answer's nonce ({@link ScriptNonce}), which Faces writes on the page's own
 * scripts; no {@code eval} and no inline event handler runs. Every other answer (the API's JSON,
 * photos, downloads, refusals) gets a policy that allows nothing to run or frame it. Nothing but the
 * static resources may be stored by a browser or proxy ({@code no-store}: pages and API answers carry personal
 * data). Over HTTPS, or with {@code ras.https=true} behind a TLS proxy, HSTS too (the session cookie is then
 * {@code Secure}, {@link SessionCookieSetup}).
 */
public final class SecurityHeaders {

    /** The policy of answers that are not Faces pages. */
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The policy of Faces pages, with the answer's {@link ScriptNonce}. */
    static String pagePolicy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    static final String HTTPS_KEY = "ras.https";

    private static final String RESOURCES = "/jakarta.faces.resource/";

    private static volatile Boolean httpsConfigured;

    private SecurityHeaders() {
    }

    /** Whether RAS is configured as served over HTTPS (a TLS proxy in front), read once. */
    public static boolean httpsConfigured() {
        Boolean value = httpsConfigured;
        if (value == null) {
            value = ConfigProvider.getConfig().getOptionalValue(HTTPS_KEY, Boolean.class).orElse(false);
            httpsConfigured = value;
        }
        return value;
    }

    /** Sets the headers on a response (again after a {@code reset()}). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = AccountGateFilter.pathOf(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure() || httpsConfigured()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (path.startsWith(RESOURCES) || path.startsWith("/resources/")) {
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", isFacesPage(path)
                ? pagePolicy(ScriptNonce.of(request)) : STRICT_POLICY);
    }

    /** Faces views. */
    static boolean isFacesPage(String path) {
        return path.isEmpty() || path.equals("/") || path.endsWith(".xhtml");
    }
}
