package jp.ras.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.infrastructure.persistence.PeriodicReportRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;
import jp.ras.domain.shared.JapanTime;

/**
 * The public tier's "my organisation": always the caller's own organisation, never one named by a parameter,
 * so no user can read another organisation's data.
 */
@Stateless
@RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME})
public class MyOrganisationService {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PeriodicReportRepository reports;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public record Colleague(String name, Role role) implements Serializable {
    }

    /** A roster line as organisation users see it: the card number masked. */
    public record Person(long entryId, String nameRoman, String nameKanji, String nationality,
            String statusOfResidence, String periodOfStay, LocalDate stayExpiry, String maskedCardNumber,
            LocalDate addedOn) implements Serializable {
    }

    public record View(OrganisationService.Summary summary, String officeNameJa, String officeNameEn,
            boolean canFile, boolean reportOpen, List<Colleague> users, List<Person> roster) implements Serializable {
    }

    public View mine() {
        UserAccount me = accounts.findActive(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new UnknownAccountException(session.getCallerPrincipal().getName()));
        Organisation organisation = me.getOrganisation();
        LocalDate today = JapanTime.today(clock);
        List<Colleague> users = accounts.activeOfOrganisation(organisation).stream()
                .map(u -> new Colleague(u.getDisplayName(), u.getRole())).toList();
        List<Person> roster = organisations.roster(organisation, true).stream().map(r -> new Person(r.getId(),
                r.getPerson().getNameRoman(), r.getPerson().getNameKanji(), r.getPerson().getNationality(),
                r.getPerson().getStatusOfResidence(), r.getPerson().getPeriodOfStay(), r.getPerson().getStayExpiry(),
                r.getPerson().maskedCardNumber(), r.getAddedOn())).toList();
        return new View(OrganisationService.summary(organisation, today), organisation.getOffice().getNameJa(),
                organisation.getOffice().getNameEn(), organisation.canFile(),
                reports.openOfCurrentCycle(organisation).isPresent(), users, roster);
    }
}
