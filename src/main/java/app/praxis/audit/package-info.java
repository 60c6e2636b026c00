/**
 * The audit trail: an append-only record of who saw or changed which patient's data, signed in or out, when and
 * from where. Every feature writes to it (AuditTrail.record, in its own transaction); it reads no one's tables.
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
@NullMarked
package app.praxis.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
