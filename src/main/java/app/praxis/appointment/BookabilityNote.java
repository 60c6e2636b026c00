package app.praxis.appointment;

import app.praxis.doctor.DoctorAdminNote;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Whether patients can book the doctor, and if not why, on the admin's page of the doctor (a doctor screen). */
@Component
class BookabilityNote implements DoctorAdminNote {

    private final DoctorDirectory directory;

    BookabilityNote(DoctorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> noteFor(long doctorId) {
        Bookability answer = directory.bookability(doctorId);
        return Optional.of(answer.bookable() ? answer.explanation() : "Patients cannot book: " + answer.explanation());
    }
}
