package jp.ras.application;

import jakarta.ejb.ApplicationException;

/** No active account has this authentication ID. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class UnknownAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String authId) {
        super("no active account " + authId);
    }
}
