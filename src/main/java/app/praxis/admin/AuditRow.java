package app.praxis.admin;

import app.praxis.audit.AuditAction;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit row for the admin's grid: the actor as named then, the patient as named now. */
public record AuditRow(
        long id,
        Instant at,
        @Nullable Long actorUserId,
        @Nullable String actorName,
        @Nullable String actorRole,
        AuditAction action,
        @Nullable Long patientUserId,
        @Nullable String patientName,
        @Nullable String objectType,
        @Nullable Long objectId,
        @Nullable String clientAddress) {}
