/** Sign-in, roles, the signed-in user for ownership checks, login throttling and the login view. */
@ApplicationModule(allowedDependencies = {"base"})
@NullMarked
package app.praxis.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
