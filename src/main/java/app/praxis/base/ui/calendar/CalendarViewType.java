package app.praxis.base.ui.calendar;

/** The layouts the calendar offers; each maps to a FullCalendar view. */
public enum CalendarViewType {
    MONTH("dayGridMonth"),
    WEEK("timeGridWeek"),
    DAY("timeGridDay");

    private final String clientName;

    CalendarViewType(String clientName) {
        this.clientName = clientName;
    }

    String clientName() {
        return clientName;
    }
}
