package jp.ras.domain.model.account;

/** AC6: any mail address is accepted, whatever its domain; only its shape is checked. */
public final class MailAddress {

    private MailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254
                && address.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]+");
    }
}
