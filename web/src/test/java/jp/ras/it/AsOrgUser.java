package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jp.ras.domain.model.account.Role;

/** Runs a piece of test code with the caller identity of an organisation user. */
@Stateless
@RunAs(Role.ORG_USER_NAME)
@PermitAll
public class AsOrgUser {

    public void run(Runnable action) {
        action.run();
    }
}
