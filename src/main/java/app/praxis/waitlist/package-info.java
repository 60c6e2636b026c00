/**
 * The waitlist: a patient waits for a doctor's time in a date range and times of day; a matching free slot is
 * offered to the first one waiting and held for them (decided by the database like booking); not taken, it goes
 * to the next. Above {@code appointment}, whose booking it uses.
 */
@ApplicationModule(
        allowedDependencies = {"base", "security", "user", "doctor", "patient", "availability", "appointment"})
@NullMarked
package app.praxis.waitlist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
