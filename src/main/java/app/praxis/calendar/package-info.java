/**
 * Screens that show a doctor's calendar. A UI-only feature above {@code availability} (and, later, {@code
 * appointment}), so the calendar can show slots and the appointments in them without the lower features reaching
 * up.
 */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "security",
            "user",
            "doctor",
            "patient",
            "availability",
            "appointment",
            "appointment :: ui"
        })
@NullMarked
package app.praxis.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
