package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.DaySpan;
import app.praxis.base.Language;
import app.praxis.base.TestTexts;
import app.praxis.base.Texts;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;

/**
 * The calendar file written by hand says what ical4j's object model wrote (round 7's code, kept here as the
 * reference): read back with ical4j's parser, the same properties with the same values, in the same order; and it is
 * well-formed: CRLF line ends, no line longer than 75 octets, continuation lines starting with a space.
 */
class AppointmentCalendarFileTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant STAMP = Instant.parse("2026-12-02T09:00:00Z");
    final Texts texts = TestTexts.create();

    static AppointmentNotice notice(
            String doctor,
            String clinic,
            String address,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            int sequence) {
        return new AppointmentNotice(
                4711, "pat@example.org", "Pat Ient", doctor, clinic, address, date, start, end, sequence, 12);
    }

    List<AppointmentNotice> notices() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        return List.of(
                notice(
                        "Dr. Ada Lovelace",
                        "Praxis Mitte",
                        "Hauptstraße 1, 10115 Berlin",
                        day,
                        LocalTime.of(9, 0),
                        LocalTime.of(9, 30),
                        0),
                notice(
                        "Dr. Jörg Müller-Lüdenscheidt; Ärztin, \"Zähne\" \\ Ω 😀",
                        null,
                        null,
                        day,
                        LocalTime.of(23, 30),
                        LocalTime.MIDNIGHT,
                        3),
                notice(
                        "Dr. " + "Überlänge ".repeat(20),
                        "",
                        "Line one\nLine two\r\nthree",
                        LocalDate.of(2027, 3, 28),
                        LocalTime.of(2, 30),
                        LocalTime.of(3, 30),
                        12),
                notice(
                        "Dr. Name",
                        "Only the clinic",
                        null,
                        LocalDate.of(2026, 10, 25),
                        LocalTime.of(2, 30),
                        LocalTime.of(3, 0),
                        1));
    }

    /** Round 7's ical4j writer, as the reference. */
    static String withIcal4j(AppointmentNotice notice, boolean cancelled, Language language, Texts texts) {
        var event = new VEvent(
                notice.date().atTime(notice.startTime()).atZone(BERLIN).toInstant(),
                DaySpan.end(notice.date(), notice.endTime()).atZone(BERLIN).toInstant(),
                texts.get(language, "appointment.ics.summary", notice.doctorName()));
        event.add(new Uid("appointment-" + notice.appointmentId() + "@praxis"));
        event.add(new Sequence(notice.sequence()));
        event.add(new Description(texts.get(language, "appointment.ics.description", notice.doctorName())));
        event.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        String name = notice.clinicName() == null ? "" : notice.clinicName();
        String address = notice.clinicAddress() == null ? "" : notice.clinicAddress();
        String location = (name + (name.isEmpty() || address.isEmpty() ? "" : ", ") + address).strip();
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
            throw new AssertionError(e);
        }
        return text.toString();
    }

    /** Every property of the file as "NAME:value" (values unescaped by ical4j's parser), DTSTAMP left out. */
    static List<String> parsed(String ics) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError(ics, e);
        }
        var out = new ArrayList<String>();
        calendar.getProperties().forEach(property -> out.add(property.getName() + ":" + property.getValue()));
        calendar.getComponents().forEach(component -> {
            out.add("BEGIN:" + component.getName());
            for (Property property : component.getProperties()) {
                if (!property.getName().equals("DTSTAMP")) {
                    out.add(property.getName() + ":" + property.getValue());
                }
            }
        });
        return out;
    }

    @Test
    void itSaysWhatIcal4jWroteInBothLanguagesCancelledOrNot() {
        for (AppointmentNotice notice : notices()) {
            for (Language language : Language.values()) {
                for (boolean cancelled : new boolean[] {false, true}) {
                    String mine = AppointmentCalendarFile.of(notice, BERLIN, cancelled, language, texts, STAMP);
                    String reference = withIcal4j(notice, cancelled, language, texts);
                    assertThat(parsed(mine)).as(mine).containsExactlyElementsOf(parsed(reference));
                    assertThat(mine).contains("\r\nDTSTAMP:20261202T090000Z\r\n");
                }
            }
        }
    }

    @Test
    void itIsWellFormedWithLinesOfAtMost75Octets() {
        for (AppointmentNotice notice : notices()) {
            String ics = AppointmentCalendarFile.of(notice, BERLIN, false, Language.GERMAN, texts, STAMP);
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
            List<String> lines = Arrays.asList(ics.split("\r\n"));
            assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75));
        }
        String folded = AppointmentCalendarFile.of(notices().get(2), BERLIN, false, Language.GERMAN, texts, STAMP);
        assertThat(folded).contains("\r\n ");
    }

    @Test
    void theAppointmentIsInUtcWithItsUidAndSequence() {
        AppointmentNotice notice = notices().get(1); // 23:30 until midnight, Berlin in winter
        String ics = AppointmentCalendarFile.of(notice, BERLIN, false, Language.ENGLISH, texts, STAMP);
        assertThat(ics)
                .contains(
                        "\r\nDTSTART:20261203T223000Z\r\n",
                        "\r\nDTEND:20261203T230000Z\r\n",
                        "\r\nUID:appointment-4711@praxis\r\n",
                        "\r\nSEQUENCE:3\r\n",
                        "\r\nMETHOD:PUBLISH\r\n",
                        "\r\nSTATUS:CONFIRMED\r\n")
                .doesNotContain("LOCATION");
        assertThat(AppointmentCalendarFile.of(notice, BERLIN, true, Language.ENGLISH, texts, STAMP))
                .contains("\r\nMETHOD:CANCEL\r\n", "\r\nSTATUS:CANCELLED\r\n");
    }
}
