package app.praxis.admin;

import app.praxis.audit.AuditAction;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The audit screen's filters: who acted and which patient (name or e-mail, in part), what, and clinic-local
 * days from and to (both included). Empty values filter nothing.
 */
public record AuditQuery(
        @Nullable String person,
        @Nullable String patient,
        @Nullable AuditAction action,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
