package jp.ras.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.ras.application.AccountService;
import jp.ras.infrastructure.network.AccessPolicy.Verdict;

/**
 * AP12, SE1: a login refused for its address is audited with that address and the authentication ID it named,
 * through {@link AccountService} (a session bean of the ejb module: in the EAR only its components reach the
 * persistence unit).
 */
@ApplicationScoped
public class RefusedLoginAudit {

    @Inject
    private AccountService accounts;

    public void record(String authId, Verdict verdict) {
        accounts.loginRefusedForAddress(authId, verdict == Verdict.OUTSIDE_INTRANET);
    }
}
