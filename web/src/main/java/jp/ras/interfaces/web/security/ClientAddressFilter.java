package jp.ras.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.ras.infrastructure.audit.ClientAddress;

/** Hands the client's address to the audit trail: the connection's own address. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientAddress.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
