/** The person's own account screens: forgotten password, one-time links, change of password and e-mail. */
@NullMarked
package app.praxis.user.ui;

import org.jspecify.annotations.NullMarked;
