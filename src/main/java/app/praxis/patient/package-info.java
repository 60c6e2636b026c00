/** Patients: self-registration and the patient record (insurance, history, emergency contact). */
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "user"})
@NullMarked
package app.praxis.patient;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
