package app.praxis.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The tests' "now": a clock that stands still at a chosen wall-clock moment in the clinic's zone until a test
 * moves it, so no test passes or fails by the hour it runs. It starts at {@value #DEFAULT_START} (a Wednesday
 * morning) unless the system property {@value #START_PROPERTY} names another moment, e.g.
 * {@code ./mvnw verify -Dpraxis.test.now=2027-03-28T01:30} to run the whole suite on the night the clocks change.
 * {@link TestClockExtension} puts it back to that start before each test.
 */
public final class TestClock extends Clock {

    public static final String START_PROPERTY = "praxis.test.now";
    static final String DEFAULT_START = "2026-12-02T10:00";

    private final ZoneId zone;
    private final Instant start;
    private volatile Instant now;

    public TestClock(ZoneId zone, LocalDateTime start) {
        this.zone = zone;
        this.start = start.atZone(zone).toInstant();
        this.now = this.start;
    }

    /** The start chosen for this run: the system property, or the default Wednesday. */
    public static LocalDateTime configuredStart() {
        String value = System.getProperty(START_PROPERTY, "");
        return LocalDateTime.parse(value.isBlank() ? DEFAULT_START : value.trim());
    }

    /** Sets "now" to a wall-clock time in the clinic's zone (a time skipped by daylight saving moves forward). */
    public void setTo(LocalDateTime wallClock) {
        now = wallClock.atZone(zone).toInstant();
    }

    /** Lets time pass. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Back to the run's start. */
    public void reset() {
        now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving "now" seen from another zone (Clock's contract); tests use the clinic's zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.fixed(now, other);
    }
}
