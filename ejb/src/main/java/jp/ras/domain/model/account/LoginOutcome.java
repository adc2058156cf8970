package jp.ras.domain.model.account;

import java.time.Instant;

/**
 * What a login attempt came to. The login page shows one message for every failure, so that it never
 * reveals whether an authentication ID exists or is locked (AC4).
 */
public record LoginOutcome(Result result, String authId, Role role, Instant previousLogin, boolean passwordExpired,
        boolean termsRequired) {

    public enum Result { SUCCESS, INVALID, LOCKED }

    /** AC5, SE2: a user whose password expired or who has not agreed to the terms must do that first. */
    public static LoginOutcome success(UserAccount account, Instant previousLogin, Instant now, String termsVersion) {
        return new LoginOutcome(Result.SUCCESS, account.getAuthId(), account.getRole(), previousLogin,
                account.isPasswordExpired(now), account.mustAcceptTerms(termsVersion));
    }

    public static LoginOutcome invalid(String authId) {
        return new LoginOutcome(Result.INVALID, authId, null, null, false, false);
    }

    public static LoginOutcome locked(String authId) {
        return new LoginOutcome(Result.LOCKED, authId, null, null, false, false);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
