package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A part that a feature above appointment adds to the appointment cards and to the calendar's appointment
 * dialog (payment adds the fee, its status, the receipt and "Record payment"/"Refund"). Appointment defines the
 * slot and shows whatever fills it, so it never imports (or queries) the features that do.
 */
public interface AppointmentSection {

    /**
     * The parts for these appointments, keyed by appointment id (a row without an entry gets none), read for all
     * of them at once (one query per list, not per card). {@code onChange} refreshes the screen after the section
     * changed something.
     */
    Map<Long, Component> sectionsFor(List<AppointmentRow> rows, Runnable onChange);

    /** Every contributed section for each of {@code rows}, in the contributors' order. */
    static Function<AppointmentRow, List<Component>> collect(
            ObjectProvider<AppointmentSection> contributors, List<AppointmentRow> rows, Runnable onChange) {
        List<Map<Long, Component>> parts = contributors
                .orderedStream()
                .map(section -> section.sectionsFor(rows, onChange))
                .toList();
        return row -> {
            var shown = new ArrayList<Component>();
            parts.forEach(byId -> {
                Component part = byId.get(row.id());
                if (part != null) {
                    shown.add(part);
                }
            });
            return shown;
        };
    }
}
