package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;

/** bench/bulk only: the persons a bulk filing of the benchmark files for, on one organisation's list. */
@Stateless
@PermitAll
public class BulkBenchData {

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    /** Persons {@code from} to {@code to} − 1 (card numbers from {@link #card}), in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void persons(long organisationId, int from, int to, LocalDate expiry, LocalDate today) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        for (int i = from; i < to; i++) {
            em.persist(new RosterEntry(organisation, new ForeignNational("BENCH APPLICANT", null, "VNM",
                    LocalDate.of(1992, 6, 15), Sex.FEMALE, ResidenceCardNumber.parse(card(i)).orElseThrow(),
                    "C7777777", "技術・人文知識・国際業務", "3年", expiry,
                    "東京都港区港南2-2-2"), today));
            if (i % 500 == 499) {
                em.flush();
                em.clear();
                organisation = em.find(Organisation.class, organisationId);
            }
        }
    }

    /** The card number of bench person {@code i}: two letters, eight digits, two letters. */
    static String card(int i) {
        return "BB" + String.format("%08d", i) + "BB";
    }

    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
