package jp.ras.batch.interfaces.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.ras.application.AuditChainVerification;

/**
 * Issue 18: the daily verification of the audit trail's hash chain, the last step of {@code expiry-reminders}. A
 * broken chain mails every supervisor and ends the step with exit status {@code BROKEN} (shown on the jobs screen);
 * the job itself completes, so the next day's run verifies again.
 */
@Named("auditChainCheck")
@Dependent
public class AuditChainBatchlet extends AbstractBatchlet {

    @Inject
    AuditChainVerification verification;

    @Override
    public String process() {
        AuditChainVerification.Result result = verification.verifyAndWarn();
        return result.intact() ? "INTACT " + result.checked() : "BROKEN at " + result.broken().seq();
    }
}
