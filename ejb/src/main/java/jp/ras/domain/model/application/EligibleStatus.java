package jp.ras.domain.model.application;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.shared.Violation;

/**
 * AP2: one status of residence and whether an extension of it may be filed online. Data, editable by supervisors;
 * the 2019 table (Q21, Q28) is the default: every status with a period of stay except 外交, 短期滞在 and 特定技能;
 * 永住者 has nothing to extend.
 */
@Entity
@Cacheable
@Table(name = "eligible_status")
public class EligibleStatus {

    @Id
    @Column(length = 64)
    private String status;

    @Column(name = "has_period", nullable = false)
    private boolean hasPeriod;

    @Column(nullable = false)
    private boolean eligible;

    @Version
    private long version;

    /** Statuses of residence without a period of stay: nothing to extend. */
    private static final List<String> WITHOUT_PERIOD = List.of("永住者");

    /** Statuses with a period of stay that the 2019 system does not take online (Q28). */
    private static final List<String> NOT_ONLINE_2019 = List.of("外交", "短期滞在", "特定技能");

    private static final List<String> ALL = List.of("外交", "公用", "教授", "芸術", "宗教", "報道", "高度専門職1号",
            "高度専門職2号", "経営・管理", "法律・会計業務", "医療", "研究", "教育", "技術・人文知識・国際業務",
            "企業内転勤", "介護", "興行", "技能", "特定技能1号", "特定技能2号", "特定技能", "技能実習1号", "技能実習2号",
            "技能実習3号", "文化活動", "短期滞在", "留学", "研修", "家族滞在", "特定活動", "永住者", "日本人の配偶者等",
            "永住者の配偶者等", "定住者");

    protected EligibleStatus() {
    }

    /** The 2019 table (Q21, Q28), which a new installation starts with. */
    public static List<EligibleStatus> defaults() {
        List<EligibleStatus> table = new ArrayList<>();
        for (String status : ALL) {
            boolean hasPeriod = !WITHOUT_PERIOD.contains(status);
            boolean excluded = NOT_ONLINE_2019.stream().anyMatch(status::startsWith);
            table.add(new EligibleStatus(status, hasPeriod, !excluded));
        }
        return table;
    }

    public EligibleStatus(String status, boolean hasPeriod, boolean eligible) {
        this.status = status;
        this.hasPeriod = hasPeriod;
        this.eligible = eligible && hasPeriod;
    }

    /**
     * The table's entry for a status as the roster writes it: exact, or the longest entry it starts with (the
     * roster's 技能実習2号ロ is the table's 技能実習2号).
     */
    public static Optional<EligibleStatus> entryFor(String statusOfResidence, Collection<EligibleStatus> table) {
        if (statusOfResidence == null) {
            return Optional.empty();
        }
        String status = statusOfResidence.strip();
        return table.stream().filter(e -> status.startsWith(e.status))
                .max(Comparator.comparingInt(e -> e.status.length()));
    }

    /** AP2: empty when an extension of this status may be filed online. */
    public static Optional<Violation> check(String statusOfResidence, Collection<EligibleStatus> table) {
        Optional<EligibleStatus> entry = entryFor(statusOfResidence, table);
        if (entry.isEmpty() || !entry.get().eligible) {
            String key = entry.isPresent() && !entry.get().hasPeriod ? "statusNoPeriod" : "statusNotEligible";
            return Optional.of(Violation.of("person", key, "AP2"));
        }
        return Optional.empty();
    }

    /** A supervisor changes the table (AP2); a status without a period of stay never becomes eligible. */
    public void setEligible(boolean eligible) {
        if (eligible && !hasPeriod) {
            throw new IllegalArgumentException(status + " has no period of stay to extend");
        }
        this.eligible = eligible;
    }

    public String getStatus() {
        return status;
    }

    public boolean isHasPeriod() {
        return hasPeriod;
    }

    public boolean isEligible() {
        return eligible;
    }
}
