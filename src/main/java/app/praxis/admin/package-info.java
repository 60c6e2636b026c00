/** The clinic's dashboard and administration screens. */
@NullMarked
package app.praxis.admin;

import org.jspecify.annotations.NullMarked;
