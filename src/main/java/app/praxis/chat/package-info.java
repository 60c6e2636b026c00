/** One chat per doctor–patient pair and its messages, with read receipts. */
@ApplicationModule(
        allowedDependencies = {"base", "security", "audit", "user", "doctor", "patient", "availability", "appointment"})
@NullMarked
package app.praxis.chat;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
