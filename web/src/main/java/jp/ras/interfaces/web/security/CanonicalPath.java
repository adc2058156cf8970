package jp.ras.interfaces.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Security 1: RAS answers only requests whose path is already canonical, so that what the authentication decides on
 * (the raw path) and what the container serves (the decoded, normalised path) are the same page. Refused with 400:
 * encoded dots, slashes and backslashes ({@code %2e}, {@code %2f}, {@code %5c}), encoded control characters, a
 * backslash, path parameters ({@code ;x=1}; RAS tracks sessions by cookie only), empty segments ({@code //}) and the
 * segments {@code .} and {@code ..}. Without this, {@code /api/%2e%2e/account/account.xhtml} was authenticated as
 * an API call (by a bearer token) and served as the account page.
 */
public final class CanonicalPath {

    private static final Pattern ENCODED = Pattern.compile("%(2[eEfF]|5[cC]|[01][0-9a-fA-F]|7[fF])");

    private CanonicalPath() {
    }

    /** Whether a raw (undecoded) request path is canonical in the sense above. */
    public static boolean isCanonical(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return true;
        }
        if (!rawPath.startsWith("/") || rawPath.contains("//") || rawPath.indexOf(';') >= 0
                || rawPath.indexOf('\\') >= 0 || ENCODED.matcher(rawPath).find()) {
            return false;
        }
        for (int i = 0; i < rawPath.length(); i++) {
            if (rawPath.charAt(i) < 0x20 || rawPath.charAt(i) == 0x7f) {
                return false;
            }
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lets a request with a canonical path through ({@code true}); answers any other with 400 (JSON under
     * {@code /api}, plain text elsewhere) and returns {@code false}.
     */
    public static boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isCanonical(request.getRequestURI())) {
            return true;
        }
        boolean english = AccessRefusal.languageOf(request.getHeader("Accept-Language")).getLanguage()
                .equals("en");
        String text = english ? "The address is not in canonical form (encoded dots or slashes, path parameters, "
                + "empty or dot segments)." : "アドレスの形式が正しくありません（符号化されたドットやスラッシュ、パスパラメータ、空または . / .. の区間）。";
        response.reset();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        SecurityHeaders.apply(request, response);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", SecurityHeaders.STRICT_POLICY);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String context = request.getContextPath();
        String uri = request.getRequestURI();
        if (uri.startsWith(context + "/api/") || uri.equals(context + "/api")) {
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("error", text).build().toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(text);
        }
        response.flushBuffer();
        return false;
    }
}
