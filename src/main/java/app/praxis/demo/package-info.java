/** A believable demo clinic for the default profile. */
@NullMarked
package app.praxis.demo;

import org.jspecify.annotations.NullMarked;
