package jp.ras.interfaces.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.infrastructure.network.AccessPolicy;
import jp.ras.infrastructure.network.AccessPolicy.Verdict;
import jp.ras.infrastructure.network.AddressRanges;
import jp.ras.infrastructure.network.Cidr;
import jp.ras.infrastructure.network.ClientAddressResolver.ResolvedAddress;
import jp.ras.infrastructure.network.IpAddress;
import jp.ras.infrastructure.network.JapanRanges;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AP12: RAS answers only clients in Japan's address ranges or in {@code ras.allowed-cidrs}; the intranet
 * ({@code /officer/*} and the officers' API {@code /api/v1/officer/*}) additionally only those in {@code ras.intranet-cidrs}. Everything else gets 403 with a page
 * (or, under {@code /api/}, JSON) saying so; a refused login is audited. Asked by {@link ClientAddressFilter} and,
 * before the container's authentication, by {@link AccessFromAbroadMechanism}, so protected pages and the login
 * are refused whatever the order. Japan's ranges and the settings are read once, at deployment.
 */
@ApplicationScoped
public class AccessGate {

    static final String ALLOWED_KEY = "ras.allowed-cidrs";
    static final String INTRANET_KEY = "ras.intranet-cidrs";
    static final String LOCAL_AND_PRIVATE =
            "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";
    /** Static resources stay reachable, so that the refusal page has its stylesheet. */
    static final String RESOURCES = "/jakarta.faces.resource/";
    static final String PAGE = "/WEB-INF/errors/abroad.xhtml";
    static final String RULE = "AP12";

    private static final Logger LOG = Logger.getLogger(AccessGate.class.getName());
    private static final String REFUSED = AccessGate.class.getName() + ".refused";

    @Inject
    @ConfigProperty(name = ALLOWED_KEY, defaultValue = LOCAL_AND_PRIVATE)
    String allowedCidrs;

    @Inject
    @ConfigProperty(name = INTRANET_KEY, defaultValue = LOCAL_AND_PRIVATE)
    String intranetCidrs;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private RefusedLoginAudit refusedLogins;

    @Inject
    private AccessRefusal refusal;

    private AccessPolicy policy;

    @PostConstruct
    void load() {
        JapanRanges japan = JapanRanges.load();
        policy = new AccessPolicy(japan.ranges(), ranges(ALLOWED_KEY, allowedCidrs),
                ranges(INTRANET_KEY, intranetCidrs));
        LOG.info(() -> "AP12: Japan's address ranges: " + japan.describe() + "; " + ALLOWED_KEY + " = "
                + Cidr.parseList(allowedCidrs) + "; " + INTRANET_KEY + " = " + Cidr.parseList(intranetCidrs) + "; "
                + clientAddresses.describe());
    }

    /**
     * Creates the bean (and so loads the ranges and checks the settings) when RAS starts, so that a bad setting
     * stops the deployment instead of the first request.
     */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.fine("AP12: access gate ready");
    }

    /** A setting's blocks; a bad entry names the setting and its variable. */
    static AddressRanges ranges(String key, String value) {
        try {
            return AddressRanges.of(Cidr.parseList(value));
        } catch (IllegalArgumentException e) {
            String variable = key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            throw new IllegalStateException(key + " (" + variable + "): " + e.getMessage()
                    + "; expected comma-separated address blocks such as 10.0.0.0/8,fc00::/7, or none", e);
        }
    }

    /** The intranet: the officer pages and the officers' API; {@code path} as {@link #canonical} makes it. */
    static boolean isIntranet(String path) {
        return path.equals("/officer") || path.startsWith("/officer/") || path.equals("/api/v1/officer")
                || path.startsWith("/api/v1/officer/");
    }

    /**
     * The path as the applications match it: without path parameters ({@code ;x=1}, which the container leaves in
     * and JAX-RS ignores, so {@code /api/v1/officer;x=1/applications} is the officers' API) and with repeated
     * slashes collapsed.
     */
    static String canonical(String path) {
        return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
    }

    /** Lets the request through ({@code true}), or answers it with the refusal and returns {@code false}. */
    public boolean admit(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = canonical(AccountGateFilter.pathOf(request));
        if (path.startsWith(RESOURCES)) {
            return true;
        }
        ResolvedAddress client = clientAddresses.resolve(request);
        boolean fromThisHost = client.peer() && client.address() != null
                && client.address().equals(IpAddress.tryParse(request.getLocalAddr()).orElse(null));
        Verdict verdict = policy.check(client.address(), fromThisHost, isIntranet(path));
        if (verdict == Verdict.ALLOWED) {
            return true;
        }
        if (request.getAttribute(REFUSED) == null) {
            request.setAttribute(REFUSED, verdict);
            LOG.log(Level.FINE, "AP12: refused {0} {1} from {2}: {3}",
                    new Object[] {request.getMethod(), path, client.text(), verdict});
            if ("POST".equals(request.getMethod()) && path.equals("/login.xhtml")) {
                refusedLogins.record(loginAuthId(request), verdict);
            }
        }
        respond(request, response, path, verdict);
        return false;
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, String path, Verdict verdict)
            throws IOException, ServletException {
        Locale locale = AccessRefusal.languageOf(request.getHeader("Accept-Language"));
        response.reset();
        SecurityHeaders.apply(request, response);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Vary", "Accept-Language");
        if (path.equals("/api") || path.startsWith("/api/")) {
            String text = ResourceBundle.getBundle("jp.ras.web.messages", locale).getString("abroad.api");
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setLocale(locale);
            response.getWriter().write(Json.createObjectBuilder().add("error", text).add("rule", RULE).build()
                    .toString());
            response.flushBuffer();
            return;
        }
        refusal.show(locale, verdict == Verdict.OUTSIDE_INTRANET);
        request.getRequestDispatcher(PAGE).forward(new RefusalRequest(request), response);
    }

    /** The authentication ID a refused login form carried, if any. */
    private static String loginAuthId(HttpServletRequest request) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String authId = request.getParameter("login:authId");
        return authId == null || authId.isBlank() ? null : authId.strip();
    }
}
