package app.praxis.appointment;

import app.praxis.availability.TimeOffAdded;
import java.util.List;

/** Time off added after cancelling the appointments inside it; the patients were told why. */
public record TimeOffWithCancellations(TimeOffAdded timeOff, List<AppointmentRow> cancelled) {}
