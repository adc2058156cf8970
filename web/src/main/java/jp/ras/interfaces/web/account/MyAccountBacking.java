package jp.ras.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.ras.application.AccountService;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/** account/account.xhtml: the caller's own account (every role), password change and mail change (AC1, AC6). */
@Named
@RequestScoped
public class MyAccountBacking extends PasswordChangeForm {

    @Inject
    private AccountService accounts;

    private AccountService.Details details;

    private String newMail;

    @PostConstruct
    void load() {
        details = accounts.myDetails();
    }

    @Override
    protected AccountService accounts() {
        return accounts;
    }

    public void changePassword() {
        if (change()) {
            details = accounts.myDetails();
            Messages.info("account", "account.passwordChanged");
        }
    }

    /** AC1: nothing changes until the link mailed to the new address is opened. */
    public void requestMailChange() {
        try {
            accounts.requestMailChange(newMail);
            Messages.info("account", "account.mailSent", newMail.strip());
            newMail = null;
        } catch (RuleViolationException e) {
            Messages.violations("mail", e);
        }
    }

    public AccountService.Details getDetails() {
        return details;
    }

    public String getNewMail() {
        return newMail;
    }

    public void setNewMail(String newMail) {
        this.newMail = newMail;
    }
}
