package app.praxis.payment;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Appointments with their payments, admins that exist as users, and the payment rows as the database has them. */
@Component
public final class PaymentFixture {

    private final BookingFixture booking;
    private final BookingService bookings;
    private final JdbcClient jdbc;

    public PaymentFixture(BookingFixture booking, BookingService bookings, JdbcClient jdbc) {
        this.booking = booking;
        this.bookings = bookings;
        this.jdbc = jdbc;
    }

    /** An appointment the patient booked {@code daysAhead} days from now at 10:00 (its payment PENDING). */
    public long booked(DoctorSummary doctor, PatientSummary patient, int daysAhead) {
        return bookedAt(doctor, patient, booking.today().plusDays(daysAhead).atTime(LocalTime.of(10, 0)));
    }

    public long bookedAt(DoctorSummary doctor, PatientSummary patient, LocalDateTime start) {
        long slot = booking.slot(doctor.doctorId(), start);
        SignIn.as(patient.userId(), Roles.PATIENT);
        try {
            return bookings.book(slot, "Check-up");
        } finally {
            SignIn.out();
        }
    }

    /** An admin account written straight to the database (history rows name real users). */
    public long admin() {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, date_of_birth)"
                        + " VALUES (?, ?, '{noop}-', 'ADMIN', 'Ada', 'Admin', '1970-01-01')")
                .params(TestAccounts.uniqueEmail("admin"), TestAccounts.uniquePhone())
                .update(key);
        return key.getKey().longValue();
    }

    public String status(long appointmentId) {
        return column(appointmentId, "payment_status");
    }

    public String column(long appointmentId, String column) {
        return jdbc.sql("SELECT " + column + " FROM payments WHERE appointment_id = ?")
                .param(appointmentId)
                .query(String.class)
                .single();
    }

    public long historyRows(long appointmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_history h JOIN payments p ON p.payment_id = h.payment_id"
                        + " WHERE p.appointment_id = ?")
                .param(appointmentId)
                .query(Long.class)
                .single();
    }

    public void setInsurance(PatientSummary patient, String details) {
        jdbc.sql("UPDATE patients SET insurance_details = ? WHERE patient_id = ?")
                .params(details, patient.patientId())
                .update();
    }
}
