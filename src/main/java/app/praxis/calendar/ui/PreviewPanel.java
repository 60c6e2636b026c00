package app.praxis.calendar.ui;

import app.praxis.appointment.Bookability;
import app.praxis.availability.CalendarSlot;
import app.praxis.availability.SlotCheck;
import app.praxis.availability.SlotVerdict;
import app.praxis.base.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What patients would see: the bookable slots of the coming days, and why a clicked time is (not) bookable. */
class PreviewPanel extends Div {

    final Paragraph check = new Paragraph(getTranslation("calendar.preview.hint"));
    final Paragraph status = new Paragraph();
    private final Div days = new Div();

    PreviewPanel() {
        setId("preview-panel");
        addClassNames("preview-panel");
        check.setId("preview-check");
        status.setId("preview-bookability");
        days.addClassNames("preview-days");
        add(status, check, days);
    }

    /** Whether patients can book at all, and if not, why (the same answer the patients' screens act on). */
    void showBookability(Bookability bookability) {
        status.setText(bookability.explanation());
        status.getElement().getClassList().set("preview-not-bookable", !bookability.bookable());
    }

    /**
     * One line per day ("Mon 7 Dec: 09:00, 09:30"), all in one element (issue 18: a row of two spans per day made
     * some forty state nodes in every open calendar).
     */
    void showBookable(List<CalendarSlot> slots) {
        if (slots.isEmpty()) {
            days.setText(getTranslation("calendar.preview.none"));
            return;
        }
        Formats formats = Formats.current();
        Map<LocalDate, String> byDay = slots.stream()
                .collect(Collectors.groupingBy(
                        CalendarSlot::date,
                        TreeMap::new,
                        Collectors.mapping(slot -> formats.time(slot.start()), Collectors.joining(", "))));
        days.setText(byDay.entrySet().stream()
                .map(day -> getTranslation("calendar.preview.day", formats.shortDay(day.getKey()), day.getValue()))
                .collect(Collectors.joining("\n")));
    }

    /** A time patients could book by the calendar alone is still not bookable while the doctor is not. */
    void showCheck(SlotCheck result, @Nullable Bookability bookability) {
        boolean doctorClosed = bookability != null
                && (bookability.state() == Bookability.State.NOT_ACCEPTING
                        || bookability.state() == Bookability.State.DEACTIVATED);
        Formats formats = Formats.current();
        String when = getTranslation(
                "calendar.preview.when",
                formats.shortDay(result.at().toLocalDate()),
                formats.time(result.at().toLocalTime()));
        check.setText(
                doctorClosed && result.verdict() == SlotVerdict.BOOKABLE
                        ? getTranslation("calendar.preview.closed", when, bookability.explanation())
                        : getTranslation("calendar.preview.check", when, result.explanation()));
    }
}
