package app.praxis.audit;

import app.praxis.base.CallersTransaction;
import app.praxis.security.ClientAddress;
import app.praxis.security.CurrentUser;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail: {@link #record} inserts one row in the caller's transaction, which must exist
 * ({@link CallersTransaction#require}, of either transaction manager), so the change and its row commit or roll back together. Rows are never
 * updated or deleted (ArchitectureTest reads every SQL string for it; in production the database user may only
 * insert and select, docs/SECURITY.md). The actor is the signed-in user, the address the current request's.
 */
@Service
public class AuditTrail {

    /** What the patient sees of who opened their data. */
    static final int OPENINGS_SHOWN = 50;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user did {@code action} to the object (type and id, e.g. "appointment", 42) of
     * the patient whose users.user_id is given (null when no patient is concerned).
     */
    public void record(
            AuditAction action, @Nullable Long patientUserId, @Nullable String objectType, @Nullable Long objectId) {
        CallersTransaction.require();
        insert(
                currentUser.find().orElse(null),
                action,
                patientUserId,
                objectType,
                objectId,
                ClientAddress.current().orElse(null));
    }

    /**
     * Who at the practice (not the patient themself) opened the signed-in patient's record, appointments or
     * messages, newest first.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PATIENT)
    public List<RecordOpening> openingsOfMyRecord() {
        long me = currentUser.require().userId();
        List<String> views = Arrays.stream(AuditAction.values())
                .filter(AuditAction::isView)
                .map(Enum::name)
                .toList();
        return jdbc.sql("""
                        SELECT at, actor_name, actor_role, action FROM audit_events
                        WHERE patient_user_id = :me AND action IN (:views)
                          AND actor_user_id IS NOT NULL AND actor_user_id <> :me
                        ORDER BY audit_id DESC LIMIT :limit""")
                .param("me", me)
                .param("views", views)
                .param("limit", OPENINGS_SHOWN)
                .query((rs, row) -> new RecordOpening(
                        rs.getTimestamp("at").toInstant(),
                        String.valueOf(rs.getString("actor_name")),
                        String.valueOf(rs.getString("actor_role")),
                        AuditAction.valueOf(rs.getString("action"))))
                .list();
    }

    void insert(
            @Nullable PraxisUser actor,
            AuditAction action,
            @Nullable Long patientUserId,
            @Nullable String objectType,
            @Nullable Long objectId,
            @Nullable String clientAddress) {
        jdbc.sql("""
                        INSERT INTO audit_events (at, actor_user_id, actor_role, actor_name, action, patient_user_id,
                                                  object_type, object_id, client_address)
                        VALUES (:at, :actor, :role, :name, :action, :patient, :type, :object, :address)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor == null ? null : actor.userId())
                .param("role", actor == null ? null : actor.role())
                .param("name", actor == null ? null : clip(actor.displayName(), 201))
                .param("action", action.name())
                .param("patient", patientUserId)
                .param("type", objectType)
                .param("object", objectId)
                .param("address", clientAddress)
                .update();
    }

    private static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
