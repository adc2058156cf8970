package jp.ras.domain.model.account;

import java.time.Instant;

/**
 * What a login attempt came to. The login page shows one message for every failure, so that it never
 * reveals whether an authentication ID exists or is locked (AC4).
 */
public record LoginOutcome(Result result, String authId, Role role, Instant previousLogin, boolean passwordExpired,
        boolean termsRequired, boolean secondFactorEnrolmentRequired) {

    /**
     * {@code SECOND_FACTOR}: the password was right, and the account has a second factor whose code must follow
     * before the login succeeds (issue 18); not a success.
     */
    public enum Result { SUCCESS, INVALID, LOCKED, SECOND_FACTOR }

    /**
     * AC5, SE2, issue 18: a user whose password expired, who has not agreed to the terms, or who must enrol a
     * second factor must do that first.
     */
    public static LoginOutcome success(UserAccount account, Instant previousLogin, Instant now, String termsVersion,
            boolean secondFactorRequired) {
        return new LoginOutcome(Result.SUCCESS, account.getAuthId(), account.getRole(), previousLogin,
                account.isPasswordExpired(now), account.mustAcceptTerms(termsVersion),
                account.mustEnrolSecondFactor(secondFactorRequired));
    }

    public static LoginOutcome invalid(String authId) {
        return new LoginOutcome(Result.INVALID, authId, null, null, false, false, false);
    }

    public static LoginOutcome locked(String authId) {
        return new LoginOutcome(Result.LOCKED, authId, null, null, false, false, false);
    }

    /** Issue 18: the password was right; the TOTP or a recovery code must follow. */
    public static LoginOutcome secondFactor(String authId) {
        return new LoginOutcome(Result.SECOND_FACTOR, authId, null, null, false, false, false);
    }

    public boolean needsSecondFactor() {
        return result == Result.SECOND_FACTOR;
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
