package jp.ras.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
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
        int sent = 0;
        for (UserAccount user : accounts.activeOfOrganisation(organisation)) {
            Map<String, String> all = new HashMap<>(params);
            all.put("name", user.getDisplayName());
            all.put("organisation", organisation.getName());
            outbox.queue(user.getMailAddress(), user.getLocale(), template, all);
            sent++;
        }
        return sent;
    }
}
