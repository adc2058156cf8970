package jp.ras.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/** Mails every active user of an organisation (PR3, PR7), each in their own language. */
@ApplicationScoped
class OrganisationMail {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private MailOutbox outbox;

    int toAllUsers(Organisation organisation, String template, Map<String, String> params) {
        return toUsers(organisation, accounts.activeOfOrganisation(organisation), template, params);
    }

    /** The same to users already read (the batch sweep reads a chunk's users in one query). */
    int toUsers(Organisation organisation, List<UserAccount> users, String template, Map<String, String> params) {
        int sent = 0;
        for (UserAccount user : users) {
            Map<String, String> all = new HashMap<>(params);
            all.put("name", user.getDisplayName());
            all.put("organisation", organisation.getName());
            outbox.queue(user.getMailAddress(), user.getLocale(), template, all);
            sent++;
        }
        return sent;
    }
}
