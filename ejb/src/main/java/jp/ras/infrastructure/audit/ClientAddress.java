package jp.ras.infrastructure.audit;

import jakarta.enterprise.context.RequestScoped;

/** The client address of the current request, set by the web tier's filter, read by the audit trail. */
@RequestScoped
public class ClientAddress {

    private String address;

    public String get() {
        return address;
    }

    public void set(String address) {
        this.address = address;
    }
}
