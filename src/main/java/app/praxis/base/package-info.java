/**
 * Shared kernel: clinic settings, clock, signed-in user view, the embedded database, base entity and error
 * types, the main layout and shared UI components. Open to every feature (its sub-packages included); it
 * depends on none of them.
 */
@NullMarked
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package app.praxis.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
