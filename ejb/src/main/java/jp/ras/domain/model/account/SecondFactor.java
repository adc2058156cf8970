package jp.ras.domain.model.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Issue 18: the second factor's rules, computed by the maintained library {@code dev.samstevens.totp} (RFC 6238
 * TOTP: HMAC-SHA1, 6 digits, 30-second steps; no HMAC code of RAS's own). A code is accepted for the current step
 * and one step either side (clocks of phones drift), and only for a step later than the last one accepted, so a
 * code seen over a shoulder cannot be used again.
 */
public final class SecondFactor {

    /** RFC 6238's default step, which every authenticator app uses. */
    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** How many single-use recovery codes an enrolment gives. */
    public static final int RECOVERY_CODES = 10;
    /** The issuer an authenticator app shows beside the account. */
    public static final String ISSUER = "RAS";

    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private SecondFactor() {
    }

    /** A new shared secret: 32 base32 characters (160 bits), the library's generator over SecureRandom. */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** Ten new recovery codes (the library's: 4 groups of 4 of [a-z0-9], about 82 bits each), shown once. */
    public static List<String> newRecoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /** What is stored of a recovery code: SHA-256 in hex of the code without spaces, in lower case. */
    public static String hashRecoveryCode(String code) {
        return TokenSecrets.hash(normaliseRecoveryCode(code));
    }

    static String normaliseRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the text has the form of a recovery code (xxxx-xxxx-xxxx-xxxx). */
    public static boolean looksLikeRecoveryCode(String code) {
        return normaliseRecoveryCode(code).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
    }

    /** Whether the text has the form of a TOTP code: six digits (spaces allowed, as apps show "123 456"). */
    public static boolean looksLikeCode(String code) {
        return code != null && code.replaceAll("\\s", "").matches("[0-9]{" + DIGITS + "}");
    }

    /** The 30-second step of this instant (RFC 6238's T). */
    public static long stepAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of this secret for the step of {@code now}: what an authenticator app shows. */
    public static String codeAt(String secret, Instant now) {
        return codeFor(secret, stepAt(now));
    }

    private static String codeFor(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code not computable", e);
        }
    }

    /**
     * The step whose code this is, among the step of {@code now} and one either side, and later than
     * {@code lastStep} (null when none was accepted yet); empty when the code matches none of them.
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now, Long lastStep) {
        if (secret == null || !looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        String given = code.replaceAll("\\s", "");
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if ((lastStep == null || step > lastStep) && MessageDigest.isEqual(codeFor(secret, step).getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// URI an authenticator app reads from the QR code. */
    public static QrData qrData(String secret, String authId) {
        return new QrData.Builder().label(authId).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
