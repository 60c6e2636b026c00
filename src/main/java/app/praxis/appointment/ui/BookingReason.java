package app.praxis.appointment.ui;

import com.vaadin.flow.component.HasValidation;
import org.jspecify.annotations.Nullable;

/**
 * The reason field of a doctor's page as the server sees it: the field is drawn in the browser by the picker's
 * element ({@link SlotWeek}, {@code #booking-reason}), which sends the reason as typed with "Book"; the server keeps
 * only the last reason sent and the message shown next to the field (issue 18: a {@code TextArea} with its state
 * node, helper and listeners was ≈ 2.5 KB per open page). The booking service decides what is acceptable.
 */
final class BookingReason implements HasValidation {

    private final SlotWeek element;
    private String value = "";
    private @Nullable String errorMessage;
    private boolean invalid;

    BookingReason(SlotWeek element) {
        this.element = element;
    }

    /** The reason as the browser sent it with the last click on "Book" ("" before one). */
    String getValue() {
        return value;
    }

    /** The reason as typed, as the browser sends it with "Book". */
    void setValue(String typed) {
        value = typed;
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        errorMessage = message;
        show();
    }

    @Override
    public @Nullable String getErrorMessage() {
        return errorMessage == null ? "" : errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        show();
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    private void show() {
        element.setReasonError(invalid && errorMessage != null ? errorMessage : "");
    }
}
