package app.praxis.appointment;

/** An appointment's .ics file, ready to download. */
public record CalendarFile(String fileName, String mediaType, String content) {}
