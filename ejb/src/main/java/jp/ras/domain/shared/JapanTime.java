package jp.ras.domain.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates in RAS are Japan dates (AP3, Q31), whatever the server's own zone. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
