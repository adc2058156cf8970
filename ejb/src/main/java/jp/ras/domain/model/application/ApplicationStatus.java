package jp.ras.domain.model.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an application (ST1): FILED (申請完了) → UNDER_REVIEW (審査中) ⇄ DOCUMENTS_REQUESTED (資料提出待ち) →
 * DECIDED (審査完了) → CARD_READY (在留カード発行（交付待ち）) → COMPLETED (交付済み); WITHDRAWN (取下げ) from any state before DECIDED.
 */
public enum ApplicationStatus {
    FILED, UNDER_REVIEW, DOCUMENTS_REQUESTED, DECIDED, CARD_READY, COMPLETED, WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case FILED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(DOCUMENTS_REQUESTED, DECIDED, WITHDRAWN);
            case DOCUMENTS_REQUESTED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case DECIDED -> EnumSet.of(CARD_READY, COMPLETED);
            case CARD_READY -> EnumSet.of(COMPLETED);
            case COMPLETED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /**
     * AP13: not yet decided nor withdrawn (申請完了, 審査中, 資料提出待ち). While a person has an undecided application,
     * no other is filed for them; only an undecided application is assigned to an officer, or counts as open
     * against the standard processing time. Named states, not the declaration order.
     */
    public boolean isUndecided() {
        return this == FILED || this == UNDER_REVIEW || this == DOCUMENTS_REQUESTED;
    }

    /** RC3: the receipt method can be changed only while 申請完了 or 審査中. */
    public boolean allowsReceiptMethodChange() {
        return this == FILED || this == UNDER_REVIEW;
    }
}
