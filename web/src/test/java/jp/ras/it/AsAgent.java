package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jp.ras.domain.model.account.Role;

/** Runs a piece of test code with the caller identity of an agent. */
@Stateless
@RunAs(Role.AGENT_NAME)
@PermitAll
public class AsAgent {

    public void run(Runnable action) {
        action.run();
    }
}
