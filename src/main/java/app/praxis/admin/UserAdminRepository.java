package app.praxis.admin;

import app.praxis.user.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users grid: filtered, sorted and paged by the database. */
@Repository
class UserAdminRepository {

    private final JdbcClient jdbc;

    UserAdminRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stream<UserRow> find(UserQuery query, UserSort sort, boolean ascending, long offset, int limit) {
        var params = new HashMap<String, Object>();
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc
                .sql("SELECT u.user_id, u.first_name, u.last_name, u.email, u.phone, u.role, u.is_active"
                        + " FROM users u" + where(query, params) + " ORDER BY " + sort.orderBy(ascending)
                        + ", u.user_id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> new UserRow(
                        rs.getLong("user_id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("is_active")))
                .stream();
    }

    /** Every row the filters select, in the grid's order, one at a time (for an export): never a list in memory. */
    void forEach(UserQuery query, UserSort sort, boolean ascending, Consumer<UserRow> action) {
        try (Stream<UserRow> rows = find(query, sort, ascending, 0, Integer.MAX_VALUE)) {
            rows.forEach(action);
        }
    }

    long count(UserQuery query) {
        var params = new HashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*) FROM users u" + where(query, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The doctor record of a doctor's account. */
    Optional<Long> doctorIdOfUser(long userId) {
        return jdbc.sql("SELECT doctor_id FROM doctors WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    private static String where(UserQuery query, Map<String, Object> params) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        String search = query.search() == null ? "" : query.search().trim();
        if (!search.isEmpty()) {
            params.put("search", "%" + escapeLike(search) + "%");
            sql.append(" AND (CONCAT(u.first_name, ' ', u.last_name) LIKE :search OR u.email LIKE :search");
            String digits = search.replaceAll("[^0-9]", "");
            if (digits.length() >= 3) {
                // a national number typed with its leading 0 is stored as +49…: compare without it
                params.put("digits", "%" + (digits.startsWith("0") ? digits.substring(1) : digits) + "%");
                sql.append(" OR u.phone LIKE :digits");
            }
            sql.append(")");
        }
        if (query.role() != null) {
            params.put("role", query.role().name());
            sql.append(" AND u.role = :role");
        }
        if (query.active() != null) {
            params.put("active", query.active());
            sql.append(" AND u.is_active = :active");
        }
        return sql.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
