package jp.ras.domain.model.account;

/** The four roles of spec.md section 1; the names are the container's role names. */
public enum Role {
    ORG_USER, AGENT, OFFICER, SUPERVISOR;

    public static final String ORG_USER_NAME = "ORG_USER";
    public static final String AGENT_NAME = "AGENT";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";

    public boolean isIntranet() {
        return this == OFFICER || this == SUPERVISOR;
    }
}
