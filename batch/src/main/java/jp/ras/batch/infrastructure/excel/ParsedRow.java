package jp.ras.batch.infrastructure.excel;

import java.time.LocalDate;
import jp.ras.domain.model.application.ResidenceApplication;

/**
 * A row whose cells have the right shape: the person it names (to be found on the organisation's roster) and the
 * filing form, which {@code ResidenceApplication.file} then checks against every filing rule.
 */
public record ParsedRow(int rowNumber, String cardNumber, String nameRoman, String statusOfResidence,
        LocalDate stayExpiry, ResidenceApplication.Form form) {
}
