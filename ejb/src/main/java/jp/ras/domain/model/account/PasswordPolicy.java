package jp.ras.domain.model.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.ras.domain.shared.Violation;

/**
 * What a password must be: 12 to 128 characters, not containing the authentication ID, not one of the shipped
 * common passwords (also not one of them with digits or symbols appended). Valid for one year (AC5).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The violations of {@code password} for the account {@code authId}, on the given form field. */
    public static List<Violation> check(String authId, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return List.of(Violation.of(field, "passwordShort", "AC5"));
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return List.of(Violation.of(field, "passwordLong", "AC5"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (authId != null && !authId.isBlank() && lower.contains(authId.strip().toLowerCase(Locale.ROOT))) {
            return List.of(Violation.of(field, "passwordContainsId", "AC5"));
        }
        if (isCommon(lower)) {
            return List.of(Violation.of(field, "passwordCommon", "AC5"));
        }
        return List.of();
    }

    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String stem = lower.replaceFirst("[0-9!@#$%^&*()_+=.,?~\\-]+$", "");
        return stem.length() >= 4 && COMMON.contains(stem);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(String::strip).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
