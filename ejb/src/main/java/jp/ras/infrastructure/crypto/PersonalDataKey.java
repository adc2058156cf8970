package jp.ras.infrastructure.crypto;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's {@link PersonalDataCipher}, made once from the configuration key {@code ras.data.key}
 * (environment variable {@code RAS_DATA_KEY}). Static because EclipseLink creates attribute converters itself,
 * without CDI. {@link DataKeyCheck} asks for it at start, so a deployment without a usable key fails then, not at
 * the first save.
 */
public final class PersonalDataKey {

    static final String CONFIG_KEY = "ras.data.key";

    private static final String GENERATE = "Generate one with: head -c 32 /dev/urandom | base64";

    private static volatile PersonalDataCipher cipher;

    private PersonalDataKey() {
    }

    /**
     * @throws IllegalStateException when {@code ras.data.key} is not set or is not the base64 encoding of 32 bytes
     */
    public static PersonalDataCipher cipher() {
        PersonalDataCipher current = cipher;
        if (current == null) {
            synchronized (PersonalDataKey.class) {
                current = cipher;
                if (current == null) {
                    current = load();
                    cipher = current;
                }
            }
        }
        return current;
    }

    private static PersonalDataCipher load() {
        String key = ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException("RAS_DATA_KEY (" + CONFIG_KEY + ") is not set: "
                        + "personal data cannot be stored. " + GENERATE));
        try {
            return PersonalDataCipher.fromBase64(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("RAS_DATA_KEY (" + CONFIG_KEY + ") is not usable: " + e.getMessage()
                    + ". " + GENERATE);
        }
    }
}
