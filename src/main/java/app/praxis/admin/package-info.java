/** The clinic's dashboard and administration screens. */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "security",
            "audit",
            "user",
            "doctor",
            "patient",
            "availability",
            "appointment",
            "payment",
            "chat",
            "calendar"
        })
@NullMarked
package app.praxis.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
