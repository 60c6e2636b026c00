package app.praxis.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

public record AppointmentRescheduled(
        AppointmentNotice notice, LocalDate oldDate, LocalTime oldStartTime, String reason) {}
