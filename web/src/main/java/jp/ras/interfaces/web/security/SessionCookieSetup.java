package jp.ras.interfaces.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Security 5: behind a TLS proxy ({@code ras.https=true}) the session cookie is {@code Secure}, so a browser never
 * sends it over plain HTTP. (Without the setting the container marks it so on HTTPS requests itself.)
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (SecurityHeaders.httpsConfigured()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
