package jp.ras.it;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Test-only: a config source of {@link UsageRequestIT}'s deployment alone: two online usage applications per client
 * address a day, and the browser's connection (loopback) as a trusted proxy, so that each test names its own client
 * address in {@code X-Forwarded-For} and counts from zero, whatever ran before against the shared database.
 */
public class UsageRequestConfig implements ConfigSource {

    static final int LIMIT = 2;

    private static final Map<String, String> VALUES = Map.of("ras.usage-request.address-limit",
            String.valueOf(LIMIT), "ras.usage-request.address-window-minutes", "1440",
            "ras.trusted-proxies", "127.0.0.1/32,::1/128");

    @Override
    public Map<String, String> getProperties() {
        return VALUES;
    }

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "usage-request-it";
    }

    @Override
    public int getOrdinal() {
        return 1000;
    }
}
