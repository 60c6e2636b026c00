package app.praxis.admin;

import app.praxis.audit.AuditAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit grid: filtered and paged by the database, newest first (by id: several rows share a second). */
@Repository
class AuditLogRepository {

    private static final String SELECT = """
            SELECT e.audit_id, e.at, e.actor_user_id, e.actor_name, e.actor_role, e.action, e.patient_user_id,
                   CONCAT(p.first_name, ' ', p.last_name) AS patient_name, e.object_type, e.object_id,
                   e.client_address
            FROM audit_events e
            LEFT JOIN users a ON a.user_id = e.actor_user_id
            LEFT JOIN users p ON p.user_id = e.patient_user_id""";

    private final JdbcClient jdbc;

    AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stream<AuditRow> find(AuditQuery query, ZoneId zone, long offset, int limit) {
        var params = new HashMap<String, Object>();
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc
                .sql(SELECT + where(query, zone, params) + " ORDER BY e.audit_id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(AuditLogRepository::row)
                .stream();
    }

    void forEach(AuditQuery query, ZoneId zone, Consumer<AuditRow> action) {
        try (Stream<AuditRow> rows = find(query, zone, 0, Integer.MAX_VALUE)) {
            rows.forEach(action);
        }
    }

    long count(AuditQuery query, ZoneId zone) {
        var params = new HashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*) FROM audit_events e"
                        + " LEFT JOIN users a ON a.user_id = e.actor_user_id"
                        + " LEFT JOIN users p ON p.user_id = e.patient_user_id" + where(query, zone, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(AuditQuery query, ZoneId zone, Map<String, Object> params) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        String person = query.person() == null ? "" : query.person().strip();
        if (!person.isEmpty()) {
            params.put("person", "%" + escapeLike(person) + "%");
            sql.append(" AND (e.actor_name LIKE :person OR CONCAT(a.first_name, ' ', a.last_name) LIKE :person"
                    + " OR a.email LIKE :person)");
        }
        String patient = query.patient() == null ? "" : query.patient().strip();
        if (!patient.isEmpty()) {
            params.put("patient", "%" + escapeLike(patient) + "%");
            sql.append(" AND (CONCAT(p.first_name, ' ', p.last_name) LIKE :patient OR p.email LIKE :patient)");
        }
        if (query.action() != null) {
            params.put("action", query.action().name());
            sql.append(" AND e.action = :action");
        }
        if (query.from() != null) {
            params.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
            sql.append(" AND e.at >= :from");
        }
        if (query.to() != null) {
            params.put(
                    "to",
                    Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
            sql.append(" AND e.at < :to");
        }
        return sql.toString();
    }

    private static AuditRow row(ResultSet rs, int row) throws SQLException {
        return new AuditRow(
                rs.getLong("audit_id"),
                rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_user_id", Long.class),
                rs.getString("actor_name"),
                rs.getString("actor_role"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getObject("patient_user_id", Long.class),
                rs.getString("patient_name"),
                rs.getString("object_type"),
                rs.getObject("object_id", Long.class),
                rs.getString("client_address"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
