package jp.ras.interfaces.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import jp.ras.infrastructure.audit.ClientAddress;
import jp.ras.infrastructure.network.AddressRanges;
import jp.ras.infrastructure.network.Cidr;
import jp.ras.infrastructure.network.ClientAddressResolver;
import jp.ras.infrastructure.network.ClientAddressResolver.ResolvedAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that decides a request's client address (AP12, SE1): the access check and the audit trail use what
 * it resolves. The connection's address counts; {@code X-Forwarded-For} only when the connection comes from one of
 * {@code ras.trusted-proxies}.
 */
@ApplicationScoped
public class ClientAddresses {

    static final String KEY = "ras.trusted-proxies";
    private static final String ATTRIBUTE = ClientAddresses.class.getName();
    private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());

    /** Whether the hint for a missing proxy setting has been logged (once per start). */
    private final AtomicBoolean hinted = new AtomicBoolean();

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> trustedProxies;

    @Inject
    private ClientAddress clientAddress;

    private ClientAddressResolver resolver;

    private boolean noTrustedProxies;

    @PostConstruct
    void configure() {
        AddressRanges proxies = AccessGate.ranges(KEY, trustedProxies.orElse("none"));
        resolver = new ClientAddressResolver(proxies);
        noTrustedProxies = proxies.isEmpty();
    }

    /** The client's address, resolved once per request and handed to the audit trail ({@link ClientAddress}). */
    public ResolvedAddress resolve(HttpServletRequest request) {
        ResolvedAddress resolved = (ResolvedAddress) request.getAttribute(ATTRIBUTE);
        if (resolved == null) {
            List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
            resolved = resolver.resolve(request.getRemoteAddr(), forwarded);
            if (!forwarded.isEmpty() && noTrustedProxies && hinted.compareAndSet(false, true)) {
                LOG.warning(() -> "AP12: a request from " + request.getRemoteAddr() + " carried X-Forwarded-For, which"
                        + " is ignored: no " + KEY + " (RAS_TRUSTED_PROXIES) is set. Behind a reverse proxy, name it"
                        + " there, or every client counts as the proxy's address (logged once)");
            }
            request.setAttribute(ATTRIBUTE, resolved);
        }
        try {
            clientAddress.set(resolved.text());
        } catch (ContextNotActiveException e) {
            // no request scope (yet): the filter sets it again when the request reaches the application
        }
        return resolved;
    }

    /** For the startup log. */
    String describe() {
        return KEY + " = " + Cidr.parseList(trustedProxies.orElse("none"));
    }
}
