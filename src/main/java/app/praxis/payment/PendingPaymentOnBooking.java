package app.praxis.payment;

import app.praxis.appointment.Appointment;
import app.praxis.appointment.AppointmentBooked;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every booked appointment owes the doctor's fee: its PENDING payment is written in the booking's own
 * transaction (a plain listener, not an after-commit one), so there is never an appointment without one.
 */
@Component
class PendingPaymentOnBooking {

    private final PaymentRepository payments;
    private final EntityManager entityManager;

    PendingPaymentOnBooking(PaymentRepository payments, EntityManager entityManager) {
        this.payments = payments;
        this.entityManager = entityManager;
    }

    @EventListener
    void openPayment(AppointmentBooked booked) {
        payments.save(new Payment(entityManager.getReference(Appointment.class, booked.appointmentId()), booked.fee()));
    }
}
