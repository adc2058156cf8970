package jp.ras.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jp.ras.domain.shared.PersonalDataProtection;

/**
 * Encrypts personal data (residence card and passport numbers, dates of birth) for storage: AES-256-GCM per value
 * with a random 96-bit IV, stored as {@code "v1:" + base64(IV || ciphertext || 128-bit tag)}. A value that was
 * altered, or is read with another key, is refused rather than returned wrong.
 *
 * <p>Equal values encrypt differently, so a column cannot be searched by its ciphertext; {@link #lookupHash} gives
 * a keyed hash (HMAC-SHA256 under a subkey derived from the main key) to store beside it for equality searches.
 *
 * <p>Thread-safe: each call makes its own {@link Cipher} and {@link Mac}.
 */
public final class PersonalDataCipher implements PersonalDataProtection {

    /** AES-256. */
    public static final int KEY_BYTES = 32;

    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    private static final byte[] LOOKUP_LABEL = "ras-lookup-v1".getBytes(StandardCharsets.US_ASCII);
    private static final String UNREADABLE =
            "personal data could not be decrypted: wrong RAS_DATA_KEY or altered data";

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes; copied */
    public PersonalDataCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the personal data key must be exactly " + KEY_BYTES
                    + " bytes (AES-256), not " + (key == null ? "missing" : key.length + " bytes"));
        }
        byte[] copy = key.clone();
        encryptionKey = new SecretKeySpec(copy, "AES");
        lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(copy, HMAC), LOOKUP_LABEL), HMAC);
        Arrays.fill(copy, (byte) 0);
    }

    /**
     * @param base64 standard base64 of exactly 32 bytes, as {@code head -c 32 /dev/urandom | base64} makes it;
     *               surrounding white space is ignored
     * @throws IllegalArgumentException when it is missing, not base64, or not 32 bytes (the message never shows it)
     */
    public static PersonalDataCipher fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("the personal data key is empty: it must be the base64 encoding of "
                    + "exactly " + KEY_BYTES + " bytes");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the personal data key is not valid base64: it must be the base64 "
                    + "encoding of exactly " + KEY_BYTES + " bytes");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the personal data key must be the base64 encoding of exactly "
                    + KEY_BYTES + " bytes (AES-256), not " + key.length + " bytes");
        }
        try {
            return new PersonalDataCipher(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** @return {@code "v1:" + base64(IV || ciphertext || tag)}, or null for null */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return FORMAT + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be encrypted: AES/GCM is not available", e);
        }
    }

    /**
     * @param stored what {@link #encrypt} returned, or null
     * @return the plain value, or null for null
     * @throws IllegalStateException when the value was altered, was encrypted with another key, or is not in this
     *                               format
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("personal data could not be decrypted: the stored value is not in the "
                    + "\"" + FORMAT + "\" format (plain text, or altered data)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(UNREADABLE);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException(UNREADABLE);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(UNREADABLE, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be decrypted: AES/GCM is not available", e);
        }
    }

    /**
     * A keyed hash for equality searches: HMAC-SHA256 of the UTF-8 bytes under the subkey
     * HMAC-SHA256(key, "ras-lookup-v1"), as 64 lowercase hex digits. The caller normalises the value first (for
     * example upper case, no spaces), the same way when storing and when searching.
     *
     * @return the hash, or null for null
     */
    public String lookupHash(String normalized) {
        if (normalized == null) {
            return null;
        }
        return HexFormat.of().formatHex(hmac(lookupKey, normalized.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
