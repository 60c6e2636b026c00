package app.praxis.appointment;

import app.praxis.base.DaySpan;
import app.praxis.base.Language;
import app.praxis.base.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An appointment as an iCalendar file (RFC 5545). Times are written in UTC so that no VTIMEZONE is needed; the UID
 * stays the same across reschedules and the SEQUENCE grows, so calendars update the event instead of adding one.
 *
 * <p>Written directly rather than through ical4j's object model (issue 18: round trips): the file is one fixed
 * event of nine properties, and building it through ical4j was about half of the booking's own time, inside the
 * booking's transaction (the patient's confirmation carries it). The text is the same as ical4j wrote (the same
 * properties and values, TEXT escaped the same way: {@code \\ ; ,} and line breaks), except that long lines are
 * folded at 75 octets as the RFC asks (ical4j folded at 73 characters, more than 75 octets with umlauts) and the
 * DTSTAMP is the application's clock, not the machine's. {@code AppointmentCalendarFileTest} reads it back with
 * ical4j's parser and compares it with ical4j's own output.
 */
final class AppointmentCalendarFile {

    static final String MEDIA_TYPE = "text/calendar";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int FOLD_OCTETS = 75;

    private AppointmentCalendarFile() {}

    /**
     * The file, its summary and description in {@code language} (the recipient's, or the page's); {@code stamp} is
     * when it was made (its DTSTAMP: the application's clock).
     */
    static String of(
            AppointmentNotice notice,
            ZoneId clinicZone,
            boolean cancelled,
            Language language,
            Texts texts,
            Instant stamp) {
        Instant start =
                notice.date().atTime(notice.startTime()).atZone(clinicZone).toInstant();
        Instant end =
                DaySpan.end(notice.date(), notice.endTime()).atZone(clinicZone).toInstant();
        var file = new StringBuilder(640);
        line(file, "BEGIN:VCALENDAR");
        line(file, "PRODID:-//Praxis//Appointments//EN");
        line(file, "CALSCALE:GREGORIAN");
        line(file, "VERSION:2.0");
        line(file, cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH");
        line(file, "BEGIN:VEVENT");
        line(file, "DTSTAMP:" + UTC.format(stamp));
        line(file, "DTSTART:" + UTC.format(start));
        line(file, "DTEND:" + UTC.format(end));
        line(file, "SUMMARY:" + escaped(texts.get(language, "appointment.ics.summary", notice.doctorName())));
        line(file, "UID:appointment-" + notice.appointmentId() + "@praxis");
        line(file, "SEQUENCE:" + notice.sequence());
        line(file, "DESCRIPTION:" + escaped(texts.get(language, "appointment.ics.description", notice.doctorName())));
        line(file, cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        String location = location(notice);
        if (!location.isEmpty()) {
            line(file, "LOCATION:" + escaped(location));
        }
        line(file, "END:VEVENT");
        line(file, "END:VCALENDAR");
        return file.toString();
    }

    static String fileName(AppointmentNotice notice) {
        return "appointment-" + notice.date() + ".ics";
    }

    private static String location(AppointmentNotice notice) {
        String name = notice.clinicName() == null ? "" : notice.clinicName();
        String address = notice.clinicAddress() == null ? "" : notice.clinicAddress();
        return (name + (name.isEmpty() || address.isEmpty() ? "" : ", ") + address).strip();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String escaped(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One content line ending in CRLF, folded (RFC 5545 3.1) so that no line is longer than 75 octets in UTF-8: a
     * continuation starts with a space, and no character (nor a surrogate pair) is split.
     */
    static void line(StringBuilder file, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > FOLD_OCTETS) {
                file.append("\r\n ");
                octets = 1;
            }
            file.appendCodePoint(codePoint);
            octets += size;
            i += chars;
        }
        file.append("\r\n");
    }
}
