package app.praxis.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the audit trail, as read back. */
public record AuditEntry(
        long id,
        Instant at,
        @Nullable Long actorUserId,
        @Nullable String actorRole,
        @Nullable String actorName,
        AuditAction action,
        @Nullable Long patientUserId,
        @Nullable String objectType,
        @Nullable Long objectId,
        @Nullable String clientAddress) {}
