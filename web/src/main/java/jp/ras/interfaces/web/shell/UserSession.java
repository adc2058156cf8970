package jp.ras.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/** What the session remembers about its login: the time of the previous login, shown once logged in. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant previousLogin;

    public void loggedIn(Instant previousLogin) {
        this.previousLogin = previousLogin;
    }

    public Instant getPreviousLogin() {
        return previousLogin;
    }
}
