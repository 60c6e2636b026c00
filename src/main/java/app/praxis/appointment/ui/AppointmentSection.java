package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A part that a feature above appointment adds to the appointment cards and to the calendar's appointment
 * dialog (payment adds the fee, its status, the receipt and "Record payment"/"Refund"). Appointment defines the
 * slot and shows whatever fills it, so it never imports (or queries) the features that do.
 *
 * <p>Two forms: {@link #sectionsFor} gives server-side components (the doctor's agenda, the admin's grid, the
 * calendar's dialog); {@link #partsFor} gives data only — texts, downloads and actions — for the cards that the
 * browser draws (the patient's "My appointments", issue 18: memory per session). An action clicked there comes
 * back to {@link #act} (which opens the section's dialog, created only then), a download to {@link #download}.
 */
public interface AppointmentSection {

    /**
     * The parts for these appointments, keyed by appointment id (a row without an entry gets none), read for all
     * of them at once (one query per list, not per card). {@code onChange} refreshes the screen after the section
     * changed something.
     */
    Map<Long, Component> sectionsFor(List<AppointmentRow> rows, Runnable onChange);

    /**
     * The same part as data for cards drawn in the browser, keyed by appointment id, read for all rows at once.
     * Action and download names must start with the section's own prefix (e.g. {@code payment:}), so that only
     * the section that offered one answers it.
     */
    default Map<Long, Part> partsFor(List<AppointmentRow> rows) {
        return Map.of();
    }

    /**
     * Does what one of this section's actions asks for {@code row} (it was offered on the card shown: the screen
     * checked that), typically by opening a dialog; {@code onChange} refreshes the screen after a change. Returns
     * false if the action is not this section's.
     */
    default boolean act(AppointmentRow row, String action, Runnable onChange) {
        return false;
    }

    /** The file behind one of this section's downloads (the service checks who may have it); empty if not its. */
    default Optional<File> download(long appointmentId, String file) {
        return Optional.empty();
    }

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

    /** Every contributed part (as data) for each of {@code rows}, in the contributors' order. */
    static Function<AppointmentRow, List<Part>> collectParts(
            ObjectProvider<AppointmentSection> contributors, List<AppointmentRow> rows) {
        List<Map<Long, Part>> parts = contributors
                .orderedStream()
                .map(section -> section.partsFor(rows))
                .toList();
        return row -> {
            var shown = new ArrayList<Part>();
            parts.forEach(byId -> {
                Part part = byId.get(row.id());
                if (part != null) {
                    shown.add(part);
                }
            });
            return shown;
        };
    }

    /** A section's part of a card: lines of text, downloads and buttons; {@code className} names it for styles and tests. */
    record Part(String className, List<Line> lines, List<Download> downloads, List<Action> actions) {}

    /**
     * A line of text (never HTML); {@code label}, if given, is what a screen reader says instead (e.g. for stars),
     * {@code className} styles it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(
            String text,
            @Nullable String className,
            @Nullable String label) {

        public static Line of(String text) {
            return new Line(text, null, null);
        }
    }

    /** A button: {@code action} is sent back with the appointment's id; {@code theme} is Lumo's (e.g. "error small"). */
    record Action(String action, String text, String className, String theme) {}

    /** A download link: {@code file} names the file for {@link #download}. */
    record Download(String file, String text, String className) {}

    /** A file to download, made when asked. */
    record File(String fileName, String mediaType, byte[] content) {}
}
