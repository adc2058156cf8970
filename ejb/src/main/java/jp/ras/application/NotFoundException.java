package jp.ras.application;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist, or is not the caller's to see (both look the same). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
