package jp.ras.domain.model.account;

import java.time.Instant;

/**
 * What a login attempt came to. The login page shows one message for every failure, so that it never
 * reveals whether an authentication ID exists or is locked (AC4).
 */
public record LoginOutcome(Result result, String authId, Role role, Instant previousLogin) {

    public enum Result { SUCCESS, INVALID, LOCKED }

    public static LoginOutcome success(UserAccount account, Instant previousLogin) {
        return new LoginOutcome(Result.SUCCESS, account.getAuthId(), account.getRole(), previousLogin);
    }

    public static LoginOutcome invalid(String authId) {
        return new LoginOutcome(Result.INVALID, authId, null, null);
    }

    public static LoginOutcome locked(String authId) {
        return new LoginOutcome(Result.LOCKED, authId, null, null);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
