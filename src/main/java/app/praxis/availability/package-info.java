/** A doctor's bookable time: weekly hours, date-specific slots (doctor_availability) and time off. */
@ApplicationModule(allowedDependencies = {"base", "security", "user", "doctor", "patient"})
@NullMarked
package app.praxis.availability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
