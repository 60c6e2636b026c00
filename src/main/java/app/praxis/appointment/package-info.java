/** Appointments, their status machine and their reschedule history. */
@NullMarked
package app.praxis.appointment;

import org.jspecify.annotations.NullMarked;
