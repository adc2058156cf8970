package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.ReceiptNumber;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * RN2: from the Japan day after filing, every application gets its receipt number (申請受付番号), counted per office
 * and year in filing order, and the user and the applicant are mailed it. Runs at ten past every hour, so a day
 * missed while RAS was down is caught up; idempotent — an application is numbered and mailed once.
 */
@Singleton
public class ReceiptNumbering {

    private static final Logger LOG = Logger.getLogger(ReceiptNumbering.class.getName());

    @Inject
    private ResidenceApplicationRepository applications;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private ClusterClaims claims;

    @Schedule(hour = "*", minute = "10", timezone = "Asia/Tokyo", persistent = false)
    void hourly() {
        // Issue 13: every instance of a cluster fires; the one that claims the hour numbers (numbering is idempotent,
        // but two at once would collide on the same applications and one would roll back).
        String hour = "receipt-numbering@" + clock.instant().atZone(JapanTime.ZONE).toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        if (!claims.claim(hour)) {
            return;
        }
        int numbered = assign(JapanTime.today(clock));
        if (numbered > 0) {
            LOG.info(() -> "RN2: gave " + numbered + " receipt numbers");
        }
    }

    /** A supervisor runs it now. Returns how many applications it numbered. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public int assignNow() {
        return assign(JapanTime.today(clock));
    }

    private int assign(LocalDate today) {
        List<ResidenceApplication> due = applications.unnumberedBefore(today);
        for (ResidenceApplication application : due) {
            int year = application.getAcceptanceDate().getYear();
            ReceiptNumber number = ReceiptNumber.of(application.getOffice().getReceiptChar(), year,
                    applications.counter(application.getOffice().getCode(), year).next());
            application.numbered(number);
            audit.record(AuditAction.RECEIPT_NUMBER_GIVEN, ResidenceApplicationService.target(application),
                    number.value());
            Map<String, String> params = new HashMap<>();
            params.put("receiptNumber", number.value());
            params.put("provisionalNumber", application.getProvisionalNumber());
            params.put("applicant", application.getPerson().getNameRoman());
            accounts.find(application.getFiledBy()).ifPresent(user -> {
                params.put("name", user.getDisplayName());
                params.put("statusLink", MailLinks.caseStatus(number.value(), user.getLocale()));
                outbox.queue(user.getMailAddress(), user.getLocale(), "receipt-number", params);
            });
            params.put("name", application.getPerson().getNameRoman());
            // Issue 17: the applicant's mail links to the status page with the receipt number filled in.
            params.put("statusLink", MailLinks.caseStatus(number.value(), application.getApplicantLocale()));
            outbox.queue(application.getApplicantMail(), application.getApplicantLocale(), "receipt-number", params);
        }
        return due.size();
    }
}
