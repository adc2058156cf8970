package jp.ras.domain.shared;

/**
 * SE1: how personal data is kept at rest: encrypted, and found by a keyed hash. The domain owns this port and its
 * converters ({@link EncryptedStringConverter}, {@link EncryptedDateConverter}); the infrastructure implements it
 * (AES-256-GCM under {@code RAS_DATA_KEY}) and names its implementation in
 * {@code META-INF/services/jp.ras.domain.shared.PersonalDataProtection}, so no class of the domain names how, or
 * with which key, personal data is stored (issue 16).
 */
public interface PersonalDataProtection {

    /** The encrypted form to store; equal values encrypt differently. */
    String encrypt(String plain);

    /** The value stored encrypted; refuses an altered value or one stored under another key. */
    String decrypt(String stored);

    /** A keyed hash of a normalised value, stored beside its encrypted form for equality searches. */
    String lookupHash(String normalised);

    /**
     * The implementation the application names, loaded once. EclipseLink makes the converters itself, outside CDI,
     * and the entities hash in their own lifecycle callbacks, so they reach it here.
     *
     * @throws IllegalStateException when no implementation is named
     */
    static PersonalDataProtection current() {
        return PersonalDataProtections.INSTANCE;
    }
}
