package jp.ras.domain.model.usage;

import jp.ras.domain.model.account.Role;

/** Whether the user applied for is staff of the organisation (職員) or its agent (弁護士・行政書士) (UA4). */
public enum ApplicantKind {
    STAFF(Role.ORG_USER), AGENT(Role.AGENT);

    private final Role role;

    ApplicantKind(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
