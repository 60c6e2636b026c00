package app.praxis.payment;

import app.praxis.appointment.AppointmentBooked;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every booked appointment owes the doctor's fee: its PENDING payment is written in the booking's own
 * transaction (a plain listener, not an after-commit one), so there is never an appointment without one. One
 * INSERT, as the booking it belongs to is written in plain SQL too (the hot path); the row's status, timestamps
 * and method come from the table's defaults.
 */
@Component
class PendingPaymentOnBooking {

    private final JdbcClient jdbc;

    PendingPaymentOnBooking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void openPayment(AppointmentBooked booked) {
        jdbc.sql("INSERT INTO payments (appointment_id, amount) VALUES (?, ?)")
                .params(booked.appointmentId(), booked.fee())
                .update();
    }
}
