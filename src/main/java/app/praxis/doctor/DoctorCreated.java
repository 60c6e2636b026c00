package app.praxis.doctor;

/**
 * An admin added a doctor, published in that transaction once the doctor's and their account's rows are written:
 * features that keep figures by a doctor's name prepare for them (the appointment feature's rows per spelling of a
 * name, V0057).
 */
public record DoctorCreated(long doctorId) {}
