package app.praxis.appointment;

import app.praxis.doctor.DoctorSpecializationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily counts per specialization (V0022) those of the doctors' specializations now: a doctor's change of
 * specialization moves their history, in the transaction that changed it.
 */
@Component
class SpecializationHistory {

    private final AppointmentSummaries summaries;

    SpecializationHistory(AppointmentSummaries summaries) {
        this.summaries = summaries;
    }

    @EventListener
    void on(DoctorSpecializationChanged change) {
        summaries.specializationChanged(change.doctorId(), change.from(), change.to());
    }
}
