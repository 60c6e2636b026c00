/** One payment per appointment: amount, method, status. */
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
            "appointment :: ui"
        })
@NullMarked
package app.praxis.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
