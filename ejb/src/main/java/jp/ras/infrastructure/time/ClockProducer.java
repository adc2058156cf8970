package jp.ras.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import jp.ras.domain.shared.JapanTime;

/** The one {@link Clock} of RAS, in Japan's zone; tests replace it through CDI alternatives or pass their own. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(JapanTime.ZONE);
    }
}
