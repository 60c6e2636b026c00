package app.praxis.admin;

import app.praxis.appointment.AppointmentStatus;
import java.time.LocalDate;

/** Appointments on one day with one status (days and statuses without any are absent). */
public record DailyCount(LocalDate day, AppointmentStatus status, long count) {}
