/** Accounts (the users table): registration, staff accounts, activation, sign-in lookup, E.164 phones. */
@NullMarked
package app.praxis.user;

import org.jspecify.annotations.NullMarked;
