package jp.ras.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The refused request as the refusal page sees it: a plain GET without parameters, so that Faces renders the page
 * afresh instead of restoring (and failing on) the view a refused form or Ajax request posted from.
 */
final class RefusalRequest extends HttpServletRequestWrapper {

    private static final String FACES_REQUEST = "Faces-Request";

    RefusalRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }
}
