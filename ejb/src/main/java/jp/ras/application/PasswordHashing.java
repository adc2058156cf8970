package jp.ras.application;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Parameters of Jakarta Security's PBKDF2 hash for every RAS password (OWASP's figures for SHA-512). */
public final class PasswordHashing {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private static volatile String dummy;

    private PasswordHashing() {
    }

    /** A hash to verify against when there is no account, so that unknown IDs take as long as known ones. */
    static String dummyHash(Pbkdf2PasswordHash hash) {
        String value = dummy;
        if (value == null) {
            value = hash.generate("no such account".toCharArray());
            dummy = value;
        }
        return value;
    }
}
