package app.praxis.payment;

import app.praxis.appointment.AppointmentBooked;
import app.praxis.appointment.AppointmentCancelled;
import app.praxis.appointment.AppointmentOutcomeRecorded;
import app.praxis.appointment.AppointmentRescheduled;
import app.praxis.appointment.AppointmentStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the appointment's life in the appointment's own transaction (plain listeners, not after-commit ones):
 * a booking opens its PENDING payment (so there is never an appointment without one), a cancellation settles or
 * refunds it by policy, a no-show settles it as not due, a move carries its revenue to the new day. A listener that fails rolls the change back.
 */
@Component
class PaymentOnAppointmentChanges {

    private final PaymentService payments;

    PaymentOnAppointmentChanges(PaymentService payments) {
        this.payments = payments;
    }

    /** One INSERT, as the booking it belongs to is written in plain SQL too (the hot path). */
    @EventListener
    void openPayment(AppointmentBooked booked) {
        payments.open(booked.appointmentId(), booked.fee(), booked.notice().date(), booked.doctorId());
    }

    /** A move changes the visit's day, under which the payment's revenue is counted. */
    @EventListener
    void onRescheduled(AppointmentRescheduled rescheduled) {
        payments.appointmentMoved(rescheduled.notice().appointmentId(), rescheduled.oldDate());
    }

    @EventListener
    void onCancelled(AppointmentCancelled cancelled) {
        payments.appointmentCancelled(
                cancelled.notice().appointmentId(), cancelled.byPractice(), cancelled.cancelledBy());
    }

    @EventListener
    void onOutcome(AppointmentOutcomeRecorded outcome) {
        if (outcome.outcome() == AppointmentStatus.NO_SHOW) {
            payments.appointmentNoShow(outcome.appointmentId(), outcome.recordedBy());
        }
    }
}
