/** The booking screens: directory, doctor page and booking, my appointments, the doctor's list, the admin grid. */
@NullMarked
package app.praxis.appointment.ui;

import org.jspecify.annotations.NullMarked;
