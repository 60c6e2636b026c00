package app.praxis.admin;

import java.time.DayOfWeek;

/** Appointments (not cancelled) in the period starting in one hour of one weekday, clinic-local. */
public record HourCount(DayOfWeek day, int hour, long count) {}
