package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import jp.ras.domain.model.account.MailAddress;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.ApprovalValidity;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.model.report.PeriodicReport;

/** Test-only seeding for the batch jobs' test, and the job operator as the caller at hand. */
@Stateless
@PermitAll
public class BatchJobsTestData {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    /** An active Tokyo organisation valid until {@code validUntil} (null: no expiry yet). */
    public long organisation(String name, LocalDate validUntil) {
        Organisation organisation = new Organisation(name, null, "東京都", "東京都港区港南5-5-30",
                em.find(RegionalOffice.class, "tokyo"), validUntil);
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }

    /** PR7: an officer suspended it by hand. */
    public void suspendByOfficer(long id) {
        em.find(Organisation.class, id).suspend();
    }

    /**
     * PR5: the sweep suspended it the day after its expiry; later a late periodic report was approved on a day on
     * which the new validity had passed as well, so it stayed suspended with a validity that is now later.
     */
    public void suspendForExpiryThenRenewLate(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        LocalDate expiry = organisation.getValidUntil();
        organisation.suspendIfExpired(expiry.plusDays(1));
        organisation.reportApproved(expiry, ApprovalValidity.ofYears(1), expiry.plusYears(2));
    }

    /** PR1: a user of the organisation filed this cycle's periodic report on {@code filedOn}. */
    public void fileReport(long organisationId, String user, LocalDate filedOn) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        em.persist(PeriodicReport.file(organisation, false, user, filedOn, Instant.now(), List.of(), Set.of(),
                null));
    }

    /** An account whose password was set at {@code passwordSetAt} (null: none); not for logging in. */
    public void account(String authId, Role role, Long organisationId, String mail, Instant passwordSetAt) {
        UserAccount account = new UserAccount(new AuthenticationId(authId), role, "Test " + authId,
                MailAddress.of(mail),
                Locale.ENGLISH,
                organisationId == null ? null : em.find(Organisation.class, organisationId), Instant.now());
        if (passwordSetAt != null) {
            account.setPasswordHash("not-a-hash: this test account never logs in", passwordSetAt);
        }
        em.persist(account);
    }

    /** AC3: an officer deleted the account. */
    public void deleteAccount(String authId) {
        em.createQuery("select u from UserAccount u where u.authId = :id", UserAccount.class)
                .setParameter("id", new AuthenticationId(authId)).getSingleResult().delete(Instant.now());
    }

    public String state(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        em.refresh(organisation);
        return organisation.getState() + (organisation.getSuspensionCause() == null ? ""
                : "/" + organisation.getSuspensionCause());
    }

    /** Starts a job as the caller at hand, outside any transaction; returns the execution id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String job, LocalDate date) {
        Properties parameters = new Properties();
        parameters.setProperty("date", date.toString());
        return BatchRuntime.getJobOperator().start(job, parameters);
    }

    /** The execution's status once it has ended (at most {@code seconds}), with its exit status. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String awaitEnd(long executionId, int seconds) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JobExecution execution = operator.getJobExecution(executionId);
        while (!ended(execution.getBatchStatus()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            execution = operator.getJobExecution(executionId);
        }
        return execution.getBatchStatus() + " " + execution.getExitStatus();
    }

    /** The exit status of each step of the execution. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> stepExitStatuses(long executionId) {
        return BatchRuntime.getJobOperator().getStepExecutions(executionId).stream()
                .map(step -> step.getStepName() + ": " + step.getExitStatus()).toList();
    }

    private static boolean ended(BatchStatus status) {
        return status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
    }
}
