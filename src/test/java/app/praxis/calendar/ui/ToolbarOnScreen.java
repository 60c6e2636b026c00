package app.praxis.calendar.ui;

import com.vaadin.flow.dom.Element;

/**
 * The calendar's toolbar, drawn in the browser, read the way browserless tests can: from the JSON properties the
 * server sent to {@code <praxis-calendar-toolbar>} (what the browser draws), its clicks and inputs sent the way the
 * browser sends them (the toolbar's {@code @ClientCallable} methods).
 */
record ToolbarOnScreen(CalendarToolbar toolbar) {

    static ToolbarOnScreen of(DoctorCalendarView view) {
        return new ToolbarOnScreen(view.toolbar);
    }

    private Element bar() {
        return toolbar.getElement()
                .getChildren()
                .filter(child -> child.getTag().equals("praxis-calendar-toolbar"))
                .findFirst()
                .orElseThrow();
    }

    CalendarToolbar.State state() {
        return CalendarToolbar.JSON.readValue(bar().getProperty("state"), CalendarToolbar.State.class);
    }

    CalendarToolbar.Texts texts() {
        return CalendarToolbar.JSON.readValue(bar().getProperty("texts"), CalendarToolbar.Texts.class);
    }

    String title() {
        return state().title();
    }

    /** Every text the toolbar shows: title, button and field labels, the slot length's error, the message. */
    String text() {
        var texts = texts();
        var state = state();
        return String.join(
                " ",
                state.title(),
                texts.today(),
                texts.newSlotMinutes(),
                texts.newSlotHelper(),
                texts.timeOff(),
                state.slotError(),
                state.message());
    }

    String viewLabel(String value) {
        return texts().views().stream()
                .filter(choice -> choice.value().equals(value))
                .findFirst()
                .orElseThrow()
                .label();
    }

    void typeSlotMinutes(String typed) {
        toolbar.slotMinutes(typed);
    }

    void chooseView(String value) {
        toolbar.view(value);
    }
}
