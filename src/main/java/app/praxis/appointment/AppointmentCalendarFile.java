package app.praxis.appointment;

import app.praxis.base.DaySpan;
import app.praxis.base.Language;
import app.praxis.base.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

/**
 * An appointment as an iCalendar file. Times are written in UTC so that no VTIMEZONE is needed; the UID stays
 * the same across reschedules and the SEQUENCE grows, so calendars update the event instead of adding one. DTSTAMP
 * is the caller's {@code stamp} (the application's clock), not the machine's time ical4j would put there.
 */
final class AppointmentCalendarFile {

    static final String MEDIA_TYPE = "text/calendar";

    private AppointmentCalendarFile() {}

    /** The file, its summary and description in {@code language} (the recipient's, or the page's). */
    static String of(
            AppointmentNotice notice,
            ZoneId clinicZone,
            boolean cancelled,
            Language language,
            Texts texts,
            Instant stamp) {
        var event = new VEvent(
                notice.date().atTime(notice.startTime()).atZone(clinicZone).toInstant(),
                DaySpan.end(notice.date(), notice.endTime()).atZone(clinicZone).toInstant(),
                texts.get(language, "appointment.ics.summary", notice.doctorName()));
        event.replace(new DtStamp(stamp));
        event.add(new Uid("appointment-" + notice.appointmentId() + "@praxis"));
        event.add(new Sequence(notice.sequence()));
        event.add(new Description(texts.get(language, "appointment.ics.description", notice.doctorName())));
        event.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        String location = location(notice);
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        Calendar calendar = new Calendar()
                .withProdId("-//Praxis//Appointments//EN")
                .withDefaults()
                .withProperty(cancelled ? new Method(Method.VALUE_CANCEL) : new Method(Method.VALUE_PUBLISH))
                .withComponent(event)
                .getFluentTarget();
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String fileName(AppointmentNotice notice) {
        return "appointment-" + notice.date() + ".ics";
    }

    private static String location(AppointmentNotice notice) {
        String name = notice.clinicName() == null ? "" : notice.clinicName();
        String address = notice.clinicAddress() == null ? "" : notice.clinicAddress();
        return (name + (name.isEmpty() || address.isEmpty() ? "" : ", ") + address).strip();
    }
}
