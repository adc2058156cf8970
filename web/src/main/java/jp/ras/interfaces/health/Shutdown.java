package jp.ras.interfaces.health;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.infrastructure.mail.OutboxGate;
import org.eclipse.microprofile.config.ConfigProvider;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM stops RAS cleanly (issue 13): readiness DOWN while still serving for {@code ras.shutdown.notice-seconds}
 * (2: a balancer checking each second takes the instance out), then new requests get 503 and those in flight
 * finish, for at most {@code ras.shutdown.drain-seconds} (30); the outbox senders stop at once, after the mail they
 * are handing over (so no mail is sent twice by a clean stop); then the JVM exits as SIGTERM would have made it
 * (Payara's shutdown hook stops the server). Payara stops at once otherwise: its shutdown hook tears the
 * application down while requests are still being answered (measured: an upload under way was cut off). SIGINT
 * (Ctrl-C at a terminal) keeps stopping at once.
 */
@WebListener
public class Shutdown implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Shutdown.class.getName());
    private static final Signal TERM = new Signal("TERM");

    @Inject
    private Availability availability;

    @Inject
    private OutboxGate outbox;

    private SignalHandler previous;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        int notice = setting("ras.shutdown.notice-seconds", 2);
        int drain = setting("ras.shutdown.drain-seconds", 30);
        // the JVM runs the handler on a thread of its own, without the application's class loader, which CDI needs
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        previous = Signal.handle(TERM, signal -> {
            Thread.currentThread().setContextClassLoader(application);
            LOG.info(() -> "SIGTERM: readiness DOWN; stopping in " + notice + " s, after the requests in flight");
            try {
                // no new mail batch from here on: the other instances send what is due (no repeat at the exit)
                outbox.close();
                int left = availability.drain(Duration.ofSeconds(notice), Duration.ofSeconds(drain));
                if (left > 0) {
                    LOG.warning(() -> "Stopping with " + left + " requests still in flight after " + drain + " s");
                } else {
                    LOG.info("Stopping: no request in flight");
                }
                if (!outbox.closeAndAwait(Duration.ofSeconds(10))) {
                    LOG.warning("Stopping while a mail batch is still being sent; its mails may be sent again");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopping without draining", e);
            } finally {
                System.exit(128 + TERM.getNumber());
            }
        });
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (previous != null) {
            // undeployed without stopping the JVM: SIGTERM is the JVM's again, not this application's
            Signal.handle(TERM, previous);
        }
    }

    private static int setting(String name, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, Integer.class).orElse(fallback);
    }
}
