/** Doctors and specializations: the directory's data, doctor accounts created by admins. */
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "user"})
@NullMarked
package app.praxis.doctor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
