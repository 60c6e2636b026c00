package app.praxis.admin;

/**
 * What deactivating a doctor does with their upcoming appointments: keep them booked, or cancel them with a
 * message to each patient (the same decision the calendar's time off offers).
 */
public enum FutureAppointments {
    KEEP,
    CANCEL
}
