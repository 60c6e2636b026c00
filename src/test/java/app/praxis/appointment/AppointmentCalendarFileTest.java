package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.DaySpan;
import app.praxis.base.Language;
import app.praxis.base.TestTexts;
import app.praxis.base.Texts;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

/**
 * The calendar file (written by ical4j) read back with ical4j's parser says what the notice says, in the recipient's
 * language, with the application's clock as DTSTAMP; and it is well-formed: CRLF line ends, long lines folded,
 * continuation lines starting with a space.
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
    void itReadsBackAsTheNoticeInBothLanguagesCancelledOrNot() {
        for (AppointmentNotice notice : notices()) {
            for (Language language : Language.values()) {
                for (boolean cancelled : new boolean[] {false, true}) {
                    String ics = AppointmentCalendarFile.of(notice, BERLIN, cancelled, language, texts, STAMP);
                    String name = notice.clinicName() == null ? "" : notice.clinicName();
                    String address = notice.clinicAddress() == null ? "" : notice.clinicAddress();
                    String location = (name + (name.isEmpty() || address.isEmpty() ? "" : ", ") + address).strip();
                    var expected = new ArrayList<String>(List.of(
                            "PRODID:-//Praxis//Appointments//EN",
                            "VERSION:2.0",
                            "CALSCALE:GREGORIAN",
                            "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"),
                            "BEGIN:VEVENT"));
                    var event = new ArrayList<String>(List.of(
                            "DTSTART:" + utc(notice.date().atTime(notice.startTime())),
                            "DTEND:" + utc(DaySpan.end(notice.date(), notice.endTime())),
                            "SUMMARY:" + readBack(texts.get(language, "appointment.ics.summary", notice.doctorName())),
                            "UID:appointment-4711@praxis",
                            "SEQUENCE:" + notice.sequence(),
                            "DESCRIPTION:" + texts.get(language, "appointment.ics.description", notice.doctorName()),
                            "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED")));
                    if (!location.isEmpty()) {
                        event.add("LOCATION:" + readBack(location));
                    }
                    assertThat(parsed(ics).subList(0, 5)).as(ics).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(parsed(ics).subList(5, parsed(ics).size()))
                            .as(ics)
                            .containsExactlyInAnyOrderElementsOf(event);
                    assertThat(ics).contains("\r\nDTSTAMP:20261202T090000Z\r\n");
                }
            }
        }
    }

    /** A text as ical4j's parser gives it back: line breaks as LF, trailing blanks dropped. */
    static String readBack(String text) {
        return text.replace("\r\n", "\n").stripTrailing();
    }

    static String utc(LocalDateTime clinicTime) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(clinicTime.atZone(BERLIN).withZoneSameInstant(ZoneOffset.UTC));
    }

    @Test
    void itIsWellFormedWithFoldedLines() {
        for (AppointmentNotice notice : notices()) {
            String ics = AppointmentCalendarFile.of(notice, BERLIN, false, Language.GERMAN, texts, STAMP);
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
            List<String> lines = Arrays.asList(ics.split("\r\n"));
            // ical4j folds at 75 characters (RFC 5545 asks for 75 octets, a SHOULD that readers do not rely on).
            assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
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
