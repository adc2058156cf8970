package jp.ras.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * bench/sweep only (PostgreSQL): seeds organisations with one user each, far above the ids RAS draws. Of every ten,
 * nine are active and expired on {@code 2030-03-31} (to be suspended), one is suspended for expiry and valid until
 * {@code 2031-03-31} (to be resumed).
 */
@Stateless
@PermitAll
public class SweepBenchData {

    static final long BASE = 9_000_000_000_000L;

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    public void seed(int organisations) {
        em.createNativeQuery("insert into organisation (id, name, prefecture, address, office_code, state,"
                + " valid_until, version, suspension_cause)"
                + " select " + BASE + " + g, 'BENCH ' || g, '東京都', '東京都港区港南5-5-30', 'tokyo',"
                + " case when g % 10 = 0 then 'SUSPENDED' else 'ACTIVE' end,"
                + " case when g % 10 = 0 then date '2031-03-31' else date '2030-03-31' end, 0,"
                + " case when g % 10 = 0 then 'EXPIRY' end"
                + " from generate_series(1, ?) g").setParameter(1, organisations).executeUpdate();
        em.createNativeQuery("insert into user_account (id, auth_id, role, display_name, mail_address, locale,"
                + " organisation_id, status, failed_logins, created_at, version)"
                + " select " + BASE + " + g, 'BENCH' || g, 'ORG_USER', 'Bench ' || g, 'bench' || g || '@example.jp',"
                + " 'ja', " + BASE + " + g, 'ACTIVE', 0, now(), 0"
                + " from generate_series(1, ?) g").setParameter(1, organisations).executeUpdate();
    }

    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
