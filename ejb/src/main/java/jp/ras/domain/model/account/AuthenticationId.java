package jp.ras.domain.model.account;

/**
 * Authentication IDs (認証ID) issued on approval: a role prefix and seven digits from a database sequence, so an
 * ID is unique and never reused (U1, AC3). Agents get one per organisation (U2): each approval issues a new one.
 */
public final class AuthenticationId {

    private AuthenticationId() {
    }

    public static String format(Role role, long number) {
        if (number <= 0 || number > 9_999_999) {
            throw new IllegalArgumentException("authentication ID number out of range: " + number);
        }
        String prefix = switch (role) {
            case ORG_USER -> "ORG";
            case AGENT -> "AGT";
            case OFFICER -> "OFC";
            case SUPERVISOR -> "SUP";
        };
        return prefix + String.format("%07d", number);
    }
}
