package jp.ras.it;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Test-only: a config source of {@link SecondFactorIT}'s deployment alone that turns the officers' second-factor
 * requirement on (the suite's server runs with {@code RAS_REQUIRE_SECOND_FACTOR=false}); its ordinal is above the
 * environment's.
 */
public class RequireSecondFactorConfig implements ConfigSource {

    private static final Map<String, String> VALUES = Map.of("ras.require-second-factor", "true");

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
        return "second-factor-it";
    }

    @Override
    public int getOrdinal() {
        return 1000;
    }
}
