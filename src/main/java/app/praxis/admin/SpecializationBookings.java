package app.praxis.admin;

/** Appointments (not cancelled) in the period with doctors of one specialization. */
public record SpecializationBookings(String specialization, long bookings) {

    public static final String NONE = "No specialization";
}
