package jp.ras.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import jp.ras.domain.model.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 18: the audit trail becomes one hash chain (the columns and the head: V24). Chains the entries written
 * before, in the order of their ids, with the same hash as every later entry ({@link AuditChain}), so that
 * the old entries are protected too. A Java migration because the hash is Java's (the same on H2 and PostgreSQL).
 */
public class V25__Audit_chain_links extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        long seq = 0;
        String previous = AuditChain.GENESIS;
        try (Statement read = db.createStatement();
                ResultSet rs = read.executeQuery("select id, occurred_at, actor, actor_role, action, target,"
                        + " source_ip, detail from audit_entry order by id");
                PreparedStatement link = db.prepareStatement(
                        "update audit_entry set chain_seq = ?, prev_hash = ?, entry_hash = ? where id = ?")) {
            int pending = 0;
            while (rs.next()) {
                seq++;
                String hash = AuditChain.hash(previous, seq, rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8));
                link.setLong(1, seq);
                link.setString(2, previous);
                link.setString(3, hash);
                link.setLong(4, rs.getLong(1));
                link.addBatch();
                previous = hash;
                if (++pending == 500) {
                    link.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                link.executeBatch();
            }
        }
        try (PreparedStatement head = db.prepareStatement(
                "insert into audit_chain_head (id, seq, hash) values (1, ?, ?)")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
