package jp.ras.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import jp.ras.application.ApiTokenService;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * The "API tokens" section of account/account.xhtml: an organisation user or agent makes a named token for a
 * system (shown once, never again), sees their tokens and revokes them.
 */
@Named
@RequestScoped
public class ApiTokensBacking {

    /** The lifetimes offered, in days (a named token lasts at most a year). */
    public static final List<Integer> LIFETIMES = List.of(30, 90, 180, 365);

    @Inject
    private ApiTokenService tokens;

    @Inject
    private SecurityContext security;

    private boolean available;

    private List<ApiTokenService.Named> mine = List.of();

    private ApiTokenService.Created created;

    private String name;

    private Integer days = 90;

    @PostConstruct
    void load() {
        available = security.isCallerInRole(Role.ORG_USER_NAME) || security.isCallerInRole(Role.AGENT_NAME);
        if (available) {
            mine = tokens.myNamed();
        }
    }

    public void create() {
        try {
            created = tokens.createNamed(name, days == null ? 0 : days);
            name = null;
            mine = tokens.myNamed();
        } catch (RuleViolationException e) {
            if (e.violations().stream().anyMatch(v -> v.key().equals("tokenLimit"))) {
                Messages.error("account", "account.tokens.limit", ApiTokenService.MAX_NAMED);
            } else {
                Messages.violations("tokens", e);
            }
        }
    }

    public void revoke(long id) {
        tokens.revokeNamed(id);
        mine = tokens.myNamed();
        Messages.info("account", "account.tokens.revoked");
    }

    public boolean isAvailable() {
        return available;
    }

    public List<ApiTokenService.Named> getMine() {
        return mine;
    }

    public ApiTokenService.Created getCreated() {
        return created;
    }

    public List<Integer> getLifetimes() {
        return LIFETIMES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
