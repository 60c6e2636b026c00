/** Shared kernel: clinic settings, clock, signed-in user view, the embedded database, base entity and error types, the main layout. */
@NullMarked
package app.praxis.base;

import org.jspecify.annotations.NullMarked;
