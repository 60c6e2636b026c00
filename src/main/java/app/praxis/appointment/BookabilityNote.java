package app.praxis.appointment;

import app.praxis.base.Texts;
import app.praxis.doctor.DoctorAdminNote;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Whether patients can book the doctor, and if not why, on the admin's page of the doctor (a doctor screen). */
@Component
class BookabilityNote implements DoctorAdminNote {

    private final DoctorDirectory directory;
    private final Texts texts;

    BookabilityNote(DoctorDirectory directory, Texts texts) {
        this.directory = directory;
        this.texts = texts;
    }

    @Override
    public Optional<String> noteFor(long doctorId) {
        Bookability answer = directory.bookability(doctorId);
        return Optional.of(
                answer.bookable()
                        ? answer.explanation()
                        : texts.get("appointment.bookability.adminNote", answer.explanation()));
    }
}
