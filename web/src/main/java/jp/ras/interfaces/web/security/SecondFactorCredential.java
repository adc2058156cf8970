package jp.ras.interfaces.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * Issue 18: the TOTP or recovery code of the login's second step. It names no account: {@link RasIdentityStore}
 * takes the account whose password the same session accepted just before.
 */
public record SecondFactorCredential(String code) implements Credential {
}
