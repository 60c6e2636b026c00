/** A doctor's bookable time: weekly hours, date-specific slots (doctor_availability) and time off. */
@NullMarked
package app.praxis.availability;

import org.jspecify.annotations.NullMarked;
