/** A believable demo clinic for the default profile. */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "security",
            "user",
            "doctor",
            "patient",
            "availability",
            "appointment",
            "payment",
            "review",
            "chat"
        })
@NullMarked
package app.praxis.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
