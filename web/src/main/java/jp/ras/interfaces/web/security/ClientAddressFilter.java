package jp.ras.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hands the client's address, as {@link ClientAddresses} resolves it, to the audit trail, and refuses clients from
 * abroad (AP12, {@link AccessGate}). One filter for both, so the address is set before a refused login is audited.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private AccessGate gate;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!CanonicalPath.admit(request, response)) {
            return;
        }
        clientAddresses.resolve(request);
        if (gate.admit(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
