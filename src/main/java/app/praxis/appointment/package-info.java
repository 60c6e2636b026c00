/** Appointments, their status machine and their reschedule history. */
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "user", "doctor", "patient", "availability"})
@NullMarked
package app.praxis.appointment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
