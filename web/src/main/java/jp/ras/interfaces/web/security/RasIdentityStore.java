package jp.ras.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import jp.ras.application.AccountService;
import jp.ras.domain.model.account.LoginOutcome;
import jp.ras.interfaces.web.shell.UserSession;

/**
 * Checks authentication ID and password against the user table through {@link AccountService}, then (issue 18)
 * the second factor's code of an account that has one, and tells the session what the user must do first (AC5,
 * SE2, issue 18).
 */
@ApplicationScoped
public class RasIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession userSession;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        userSession.clearPendingSecondFactor();
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
        if (outcome.needsSecondFactor()) {
            // Issue 18: no login, only a note in the session that the code may follow (login-code.xhtml).
            userSession.awaitSecondFactor(outcome.authId());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return result(outcome);
    }

    /**
     * Issue 18: the second step, for the account whose password this session accepted just before; without one
     * nothing is checked.
     */
    public CredentialValidationResult validate(SecondFactorCredential credential) {
        String authId = userSession.pendingSecondFactor();
        if (authId == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        LoginOutcome outcome = accounts.authenticateSecondFactor(authId, credential.code());
        if (outcome.result() == LoginOutcome.Result.LOCKED) {
            userSession.clearPendingSecondFactor();
        }
        return result(outcome);
    }

    private CredentialValidationResult result(LoginOutcome outcome) {
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        userSession.loggedIn(outcome);
        return new CredentialValidationResult(outcome.authId(), Set.of(outcome.role().name()));
    }
}
