package app.praxis.doctor;

import org.jspecify.annotations.Nullable;

/**
 * An admin changed a doctor's specialization (null: none), published in that transaction once the doctor's row is
 * written (and locked until the transaction ends): features that keep figures by specialization move the doctor's
 * history with it (the appointment feature's daily counts per specialization, V0022).
 */
public record DoctorSpecializationChanged(
        long doctorId, @Nullable Long from, @Nullable Long to) {}
