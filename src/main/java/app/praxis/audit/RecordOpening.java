package app.praxis.audit;

import java.time.Instant;

/** Someone at the practice looked at the patient's data: when, who (name and role then), what. */
public record RecordOpening(Instant at, String who, String role, AuditAction action) {}
