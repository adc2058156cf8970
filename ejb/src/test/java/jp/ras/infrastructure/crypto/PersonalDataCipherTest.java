package jp.ras.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.shared.EncryptedDateConverter;
import jp.ras.domain.shared.EncryptedStringConverter;
import jp.ras.domain.shared.PersonalDataProtection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String UNREADABLE =
            "personal data could not be decrypted: wrong RAS_DATA_KEY or altered data";

    private static byte[] key(int seed) {
        byte[] key = new byte[PersonalDataCipher.KEY_BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }

    private final PersonalDataCipher cipher = new PersonalDataCipher(key(1));

    @Test
    @DisplayName("SE1: a value comes back unchanged, Japanese text included, and is stored as v1: with base64")
    void roundTrip() {
        for (String plain : new String[] {"AB12345678CD", "TK1234567", "グエン・ヴァン・アン 東京都港区", ""}) {
            String stored = cipher.encrypt(plain);
            assertTrue(stored.startsWith("v1:"), stored);
            byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
            assertEquals(12 + plain.getBytes(StandardCharsets.UTF_8).length + 16, bytes.length,
                    "IV, ciphertext and tag");
            assertEquals(plain, cipher.decrypt(stored));
        }
    }

    @Test
    @DisplayName("SE1: null stays null (encrypt, decrypt, lookup hash)")
    void nulls() {
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
        assertNull(cipher.lookupHash(null));
    }

    @Test
    @DisplayName("SE1: the stored length is \"v1:\" + base64(12 + n + 16): 59 for a card number, 55 for a date")
    void storedLength() {
        assertEquals(59, cipher.encrypt("AB12345678CD").length());
        assertEquals(67, cipher.encrypt("X".repeat(20)).length());
        assertEquals(55, cipher.encrypt("1990-04-01").length());
    }

    @Test
    @DisplayName("SE1: the same value encrypts differently each time (random IV) and decrypts the same")
    void randomIv() {
        String first = cipher.encrypt("AB12345678CD");
        String second = cipher.encrypt("AB12345678CD");
        assertNotEquals(first, second);
        assertNotEquals(first.substring(0, 19), second.substring(0, 19), "different IVs");
        assertEquals(cipher.decrypt(first), cipher.decrypt(second));
    }

    @Test
    @DisplayName("SE1: the stored value does not show the plain value")
    void noPlainText() {
        String stored = cipher.encrypt("AB12345678CD");
        assertFalse(stored.contains("AB12345678CD"));
        String decoded = new String(Base64.getDecoder().decode(stored.substring(3)), StandardCharsets.ISO_8859_1);
        assertFalse(decoded.contains("AB12345678CD"));
    }

    @Test
    @DisplayName("SE1: a value with any one byte flipped is refused, not returned altered")
    void tamperingDetected() {
        String stored = cipher.encrypt("AB12345678CD");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(altered);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered),
                    "byte " + i);
            assertEquals(UNREADABLE, e.getMessage());
        }
    }

    @Test
    @DisplayName("SE1: truncated, non-base64 and unprefixed values are refused")
    void malformedRefused() {
        String stored = cipher.encrypt("AB12345678CD");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored.substring(0, 20)));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:not base64!"));
        IllegalStateException plain = assertThrows(IllegalStateException.class,
                () -> cipher.decrypt("AB12345678CD"));
        assertFalse(plain.getMessage().contains("AB12345678CD"), "the message does not show the value");
    }

    @Test
    @DisplayName("SE1: another key cannot decrypt")
    void otherKeyRefused() {
        String stored = cipher.encrypt("AB12345678CD");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PersonalDataCipher(key(2)).decrypt(stored));
        assertEquals(UNREADABLE, e.getMessage());
    }

    @Test
    @DisplayName("SE1: the lookup hash is the same for equal values and differs by value and by key")
    void lookupHash() {
        String hash = cipher.lookupHash("AB12345678CD");
        assertEquals(hash, cipher.lookupHash("AB12345678CD"));
        assertEquals(hash, new PersonalDataCipher(key(1)).lookupHash("AB12345678CD"), "same key, new instance");
        assertNotEquals(hash, cipher.lookupHash("AB12345678CE"));
        assertNotEquals(hash, new PersonalDataCipher(key(2)).lookupHash("AB12345678CD"));
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains("AB12345678CD"));
        assertFalse(hash.toUpperCase().contains("12345678"));
    }

    @Test
    @DisplayName("SE1: the lookup hash uses a derived subkey, not the encryption key itself")
    void lookupHashUsesSubkey() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key(1), "HmacSHA256"));
        String direct = java.util.HexFormat.of().formatHex(
                mac.doFinal("AB12345678CD".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(direct, cipher.lookupHash("AB12345678CD"));

        byte[] subkey = mac.doFinal("ras-lookup-v1".getBytes(StandardCharsets.US_ASCII));
        mac.init(new javax.crypto.spec.SecretKeySpec(subkey, "HmacSHA256"));
        String derived = java.util.HexFormat.of().formatHex(
                mac.doFinal("AB12345678CD".getBytes(StandardCharsets.UTF_8)));
        assertEquals(derived, cipher.lookupHash("AB12345678CD"));
    }

    @Test
    @DisplayName("SE1: a base64 32-byte key is accepted and works like the raw key")
    void fromBase64() {
        String base64 = Base64.getEncoder().encodeToString(key(1));
        PersonalDataCipher fromConfig = PersonalDataCipher.fromBase64(base64 + "\n");
        assertEquals("AB12345678CD", fromConfig.decrypt(cipher.encrypt("AB12345678CD")));
        assertEquals(cipher.lookupHash("x"), fromConfig.lookupHash("x"));
    }

    @Test
    @DisplayName("SE1: a 16-byte key, a non-base64 key and an empty key are refused without showing the key")
    void fromBase64Rejects() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> PersonalDataCipher.fromBase64(short16));
        assertTrue(tooShort.getMessage().contains("32 bytes"), tooShort.getMessage());
        assertTrue(tooShort.getMessage().contains("16 bytes"), tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains(short16));

        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class,
                () -> PersonalDataCipher.fromBase64("this is not base64 at all!"));
        assertTrue(notBase64.getMessage().contains("base64"), notBase64.getMessage());
        assertFalse(notBase64.getMessage().contains("this is not"));

        assertThrows(IllegalArgumentException.class, () -> PersonalDataCipher.fromBase64(""));
        assertThrows(IllegalArgumentException.class, () -> PersonalDataCipher.fromBase64(null));
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(new byte[16]));
    }

    @Test
    @DisplayName("SE1: the cipher does not keep a reference to the caller's key array")
    void keyCopied() {
        byte[] key = key(3);
        PersonalDataCipher own = new PersonalDataCipher(key);
        String stored = own.encrypt("AB12345678CD");
        java.util.Arrays.fill(key, (byte) 0);
        assertEquals("AB12345678CD", own.decrypt(stored));
    }

    @Test
    @DisplayName("SE1: a date of birth round-trips through the date converter's encryption as an ISO date")
    void dateRoundTrip() {
        LocalDate birth = LocalDate.of(1990, 4, 1);
        String stored = EncryptedDateConverter.encrypt(birth, cipher);
        assertTrue(stored.startsWith("v1:"), stored);
        assertEquals("1990-04-01", cipher.decrypt(stored));
        assertEquals(birth, EncryptedDateConverter.decrypt(stored, cipher));
        assertNull(EncryptedDateConverter.encrypt(null, cipher));
        assertNull(EncryptedDateConverter.decrypt(null, cipher));
    }

    @Test
    @DisplayName("SE1, issue 16: the domain's port finds RAS's implementation through its service declaration")
    void portFindsTheImplementation() {
        assertInstanceOf(KeyedPersonalDataProtection.class, PersonalDataProtection.current());
        assertSame(PersonalDataProtection.current(), PersonalDataProtection.current(), "loaded once");
    }

    @Test
    @DisplayName("SE1: the converters pass null through without needing a key")
    void convertersNull() {
        assertNull(new EncryptedStringConverter().convertToDatabaseColumn(null));
        assertNull(new EncryptedStringConverter().convertToEntityAttribute(null));
        assertNull(new EncryptedDateConverter().convertToDatabaseColumn(null));
        assertNull(new EncryptedDateConverter().convertToEntityAttribute(null));
    }

    @Test
    @DisplayName("SE1: a residence card number is stored encrypted, never as its text, and read back the same")
    void cardNumberColumn() {
        ResidenceCardNumber.EncryptedColumn column = new ResidenceCardNumber.EncryptedColumn(cipher);
        ResidenceCardNumber number = new ResidenceCardNumber("AB12345678CD");
        String stored = column.convertToDatabaseColumn(number);
        assertTrue(stored.startsWith("v1:") && !stored.contains("AB12345678CD"), stored);
        assertNotEquals(stored, column.convertToDatabaseColumn(number), "equal numbers encrypt differently");
        assertEquals(number, column.convertToEntityAttribute(stored));
        assertEquals(cipher.decrypt(stored), number.value(), "the same cipher text as a text attribute's");
        assertThrows(IllegalStateException.class, () -> new ResidenceCardNumber.EncryptedColumn(
                new PersonalDataCipher(key(2))).convertToEntityAttribute(stored));
    }
}
