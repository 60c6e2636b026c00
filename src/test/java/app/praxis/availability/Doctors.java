package app.praxis.availability;

import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.doctor.NewDoctor;
import app.praxis.security.Roles;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.math.BigDecimal;
import java.util.UUID;

/** Creates doctors for calendar tests, and signs in as them. */
final class Doctors {

    private Doctors() {}

    static DoctorSummary create(DoctorService doctorService, String lastName) {
        SignIn.as(1, Roles.ADMIN);
        try {
            return doctorService.createDoctor(new NewDoctor(
                    TestAccounts.newAccount("Dora", lastName),
                    null,
                    "LIC-" + UUID.randomUUID(),
                    10,
                    "Clinic",
                    "Addr",
                    new BigDecimal("80.00")));
        } finally {
            SignIn.out();
        }
    }

    static void signInAs(DoctorSummary doctor) {
        SignIn.as(doctor.userId(), Roles.DOCTOR);
    }
}
