package app.praxis.appointment;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether patients can book a doctor right now, and if not the first reason why: one answer for the doctor's
 * calendar and its preview, the patient's reschedule and the admin's screens, so they never contradict each other.
 *
 * @param nextFree the soonest time a patient could book, when {@link #state()} is {@link State#BOOKABLE}
 */
public record Bookability(
        State state, String explanation, @Nullable LocalDateTime nextFree) {

    public boolean bookable() {
        return state == State.BOOKABLE;
    }

    public Optional<LocalDateTime> next() {
        return Optional.ofNullable(nextFree);
    }

    /** The reasons, in the order they are checked: the first that holds is the answer. */
    public enum State {
        BOOKABLE("Patients can book"),
        DEACTIVATED("Deactivated"),
        NOT_ACCEPTING("Not accepting bookings"),
        TOO_SOON("Only free times too soon to book"),
        TIME_OFF("Free times fall in time off"),
        OUTSIDE_HORIZON("Free times only beyond the booking window"),
        NO_FREE_TIMES("No free times");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** The key of the short label in the page's language ("appointment.bookability.state.TIME_OFF"). */
        public String textKey() {
            return "appointment.bookability.state." + name();
        }

        /** A short label for a grid column or a badge (English). */
        public String label() {
            return label;
        }
    }
}
