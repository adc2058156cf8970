package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.text.MessageFormat;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import jp.ras.application.AccountService;
import jp.ras.interfaces.web.security.CanonicalPath;

/** The login page. */
@Named
@RequestScoped
public class LoginBacking {

    /** Where Soteria keeps the request that was interrupted by the login page. */
    static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private UserSession userSession;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBacking localeBacking;

    private String authId;
    private String password;

    public void login() throws IOException {
        // An empty field is named on its field: nothing is checked or counted without both.
        boolean noId = authId == null || authId.isBlank();
        boolean noPassword = password == null || password.isEmpty();
        if (noId || noPassword) {
            ResourceBundle bundle = ResourceBundle.getBundle("jp.ras.web.messages",
                    facesContext.getViewRoot().getLocale());
            if (noId) {
                facesContext.addMessage("login:authId", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        bundle.getString("login.authIdMissing"), null));
            }
            if (noPassword) {
                facesContext.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        bundle.getString("login.passwordMissing"), null));
            }
            facesContext.validationFailed();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        // Payara #4734: let Soteria not resume the saved request itself; we redirect to it after SUCCESS.
        OptionalLong wait = accounts.loginRetryAfter();
        if (wait.isPresent()) {
            // Security 9: too many failed logins from this client address; nothing is checked or counted.
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            String text = ResourceBundle.getBundle("jp.ras.web.messages", facesContext.getViewRoot().getLocale())
                    .getString("login.tooMany");
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(text, (wait.getAsLong() + 59) / 60), null));
            password = null;
            return;
        }
        String resumeUrl = takeSavedRequestUrl(request);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(authId == null ? "" : authId.strip(),
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                // Issue 15: the screens speak the language the user chose last time.
                localeBacking.loggedIn();
                // AC5, SE2: what must be done first comes before the page that was asked for.
                String required = userSession.requiredPage();
                externalContext.redirect(required != null ? request.getContextPath() + required
                        : resumeUrl != null ? resumeUrl : request.getContextPath() + "/");
            }
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                if (resumeUrl != null) {
                    request.getSession().setAttribute(SAVED_REQUEST + ".url", resumeUrl);
                }
                if (userSession.pendingSecondFactor() != null) {
                    // Issue 18: the password was right; the second factor's code comes before any login.
                    externalContext.redirect(request.getContextPath() + "/login-code.xhtml");
                    return;
                }
                String text = ResourceBundle.getBundle("jp.ras.web.messages", facesContext.getViewRoot().getLocale())
                        .getString("login.failed");
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                password = null;
            }
        }
    }

    /** The path of the page the user asked for before being sent here, when it is one of RAS's own pages. */
    static String takeSavedRequestUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        String kept = (String) session.getAttribute(SAVED_REQUEST + ".url");
        session.removeAttribute(SAVED_REQUEST + ".url");
        Object saved = session.getAttribute(SAVED_REQUEST);
        session.removeAttribute(SAVED_REQUEST);
        String url = kept;
        if (saved != null) {
            try {
                url = (String) saved.getClass().getMethod("getFullRequestURL").invoke(saved);
            } catch (ReflectiveOperationException e) {
                url = kept;
            }
        }
        return ownPath(url, request.getContextPath());
    }

    static String ownPath(String url, String contextPath) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = uri.getRawPath();
        // Security 2: only a canonical path of RAS itself; "//host/…" would be taken by the browser as another host.
        if (path == null || !CanonicalPath.isCanonical(path)
                || !path.startsWith(contextPath.isEmpty() ? "/" : contextPath + "/")
                || path.endsWith("/login.xhtml")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    public String getAuthId() {
        return authId;
    }

    public void setAuthId(String authId) {
        this.authId = authId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
