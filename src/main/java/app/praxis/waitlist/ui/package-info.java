@NullMarked
package app.praxis.waitlist.ui;

import org.jspecify.annotations.NullMarked;
