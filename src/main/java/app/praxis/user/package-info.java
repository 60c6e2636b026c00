/** Accounts (the users table): registration, staff accounts, activation, sign-in lookup, E.164 phones. */
@ApplicationModule(allowedDependencies = {"base", "security", "audit"})
@NullMarked
package app.praxis.user;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
