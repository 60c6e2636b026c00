package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import java.util.List;

/**
 * What a patient's page of one doctor shows: the profile, the bookable times (soonest first), and whether the
 * signed-in patient has or had an appointment with the doctor (so may write to them).
 */
public record DoctorPage(DoctorProfile profile, List<BookableSlot> freeSlots, boolean metBefore) {}
