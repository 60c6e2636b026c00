package app.praxis.appointment.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part that a feature above appointment adds to a doctor's page (review adds the latest reviews), the way
 * {@link AppointmentSection} fills the appointment cards: appointment shows it without importing its author.
 */
public interface DoctorPageSection {

    /** The part for this doctor's page, if there is anything to show. */
    Optional<Component> sectionFor(long doctorId);
}
