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
 * Checks authentication ID and password against the user table through {@link AccountService}, and tells the
 * session what the user must do first (AC5, SE2).
 */
@ApplicationScoped
public class RasIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession userSession;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        userSession.loggedIn(outcome);
        return new CredentialValidationResult(outcome.authId(), Set.of(outcome.role().name()));
    }
}
