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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import jp.ras.application.AccountService;
import jp.ras.interfaces.web.security.SecondFactorCredential;

/**
 * login-code.xhtml (issue 18): the login's second step for an account with a second factor. The password was
 * accepted on login.xhtml; the session is not signed in until a TOTP code or an unused recovery code is accepted
 * here. A wrong code counts towards the lock as a wrong password does (AC4).
 */
@Named
@RequestScoped
public class LoginCodeBacking {

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

    private String code;

    /** Without an accepted password in this session (or after five minutes) the login starts again. */
    public void check() throws IOException {
        if (userSession.pendingSecondFactor() == null) {
            externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void verify() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        if (userSession.pendingSecondFactor() == null) {
            externalContext.redirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        if (code == null || code.isBlank()) {
            facesContext.addMessage("verify:code", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("account", "loginCode.missing"), null));
            facesContext.validationFailed();
            return;
        }
        OptionalLong wait = accounts.loginRetryAfter();
        if (wait.isPresent()) {
            // Security 9: as on the login page.
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            Messages.error("messages", "login.tooMany", (wait.getAsLong() + 59) / 60);
            code = null;
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new SecondFactorCredential(code.strip())));
        switch (status) {
            case SUCCESS -> {
                String resumeUrl = LoginBacking.takeSavedRequestUrl(request);
                request.changeSessionId();
                String required = userSession.requiredPage();
                externalContext.redirect(required != null ? request.getContextPath() + required
                        : resumeUrl != null ? resumeUrl : request.getContextPath() + "/");
            }
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                if (userSession.pendingSecondFactor() == null) {
                    // Locked (or the wait ran out): the login starts again, with the login page's one message.
                    Messages.error("messages", "login.failed");
                    externalContext.getFlash().setKeepMessages(true);
                    externalContext.redirect(request.getContextPath() + "/login.xhtml");
                    return;
                }
                facesContext.addMessage("verify:code", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text("account", "loginCode.wrong"), null));
                code = null;
            }
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
