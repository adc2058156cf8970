package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApprovalValidityTest {

    @Test
    @DisplayName("UA6: approved 2019-07-25 → valid until 2020-07-24")
    void ua6_seedExample() {
        assertEquals(LocalDate.of(2020, 7, 24), ApprovalValidity.ofYears(1).firstExpiry(LocalDate.of(2019, 7, 25)));
    }

    @Test
    @DisplayName("UA6: approved on 29 February → valid until the end of February")
    void ua6_leapDay() {
        assertEquals(LocalDate.of(2021, 2, 28), ApprovalValidity.ofYears(1).firstExpiry(LocalDate.of(2020, 2, 29)));
    }

    @Test
    @DisplayName("UA6: the validity is configurable (three years in the 2026 system)")
    void ua6_threeYears() {
        assertEquals(LocalDate.of(2029, 4, 30), ApprovalValidity.ofYears(3).firstExpiry(LocalDate.of(2026, 5, 1)));
    }

    @Test
    @DisplayName("PR4: a periodic report extends from the previous expiry, not from the approval date")
    void pr4_extendFromExpiry() {
        assertEquals(LocalDate.of(2021, 7, 24), ApprovalValidity.ofYears(1).extend(LocalDate.of(2020, 7, 24)));
    }
}
