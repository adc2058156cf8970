package jp.ras.application;

import java.time.Instant;
import jp.ras.domain.model.account.Role;

public record AccountSummary(String authId, String displayName, Role role, String organisationName,
        Instant lastLoginAt) {
}
