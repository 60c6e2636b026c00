/**
 * The booking screens: directory, doctor page and booking, my appointments, the doctor's list, the admin grid.
 * Its named interface is {@link app.praxis.appointment.ui.AppointmentSection}, the slot on the cards that
 * higher features (payment, review) fill and the calendar shows, and {@link app.praxis.appointment.ui.DoctorPageSection},
 * the slot on a doctor's page (review's latest reviews); the views themselves are package-private.
 */
@NullMarked
@NamedInterface("ui")
package app.praxis.appointment.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
