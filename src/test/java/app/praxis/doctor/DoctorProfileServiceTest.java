package app.praxis.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.PaymentFixture;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DoctorProfileServiceTest {

    @Autowired
    DoctorProfileService profiles;

    @Autowired
    SpecializationService specializations;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture payments;

    @Autowired
    JdbcClient jdbc;

    DoctorSummary doctor;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Profil" + UUID.randomUUID().toString().substring(0, 6));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorEditsTheirAboutClinicExperienceFeeAndAcceptingBookings() {
        var saved = profiles.update(
                doctor.doctorId(),
                new DoctorProfileChange(
                        " Family doctor with a soft spot for runners. ",
                        "Praxis am Park",
                        "Parkweg 2, 10115 Berlin",
                        12,
                        new BigDecimal("95.5"),
                        false));

        assertThat(saved.bio()).isEqualTo("Family doctor with a soft spot for runners.");
        assertThat(saved.consultationFee()).isEqualByComparingTo("95.50");
        assertThat(saved.acceptingBookings()).isFalse();
        var row = jdbc.sql("SELECT u.bio, d.clinic_name, d.clinic_address, d.years_experience, d.consultation_fee,"
                        + " d.is_available FROM doctors d JOIN users u ON u.user_id = d.user_id WHERE d.doctor_id = ?")
                .param(doctor.doctorId())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("bio", "Family doctor with a soft spot for runners.")
                .containsEntry("clinic_name", "Praxis am Park")
                .containsEntry("clinic_address", "Parkweg 2, 10115 Berlin")
                .containsEntry("years_experience", 12)
                .containsEntry("consultation_fee", new BigDecimal("95.50"))
                .containsEntry("is_available", false);
        assertThat(profiles.myProfile()).isEqualTo(saved);
    }

    @Test
    void badValuesAreReportedPerFieldAndNothingIsStored() {
        var before = profiles.myProfile();

        assertThatThrownBy(() -> profiles.update(
                        doctor.doctorId(),
                        new DoctorProfileChange(
                                "b".repeat(4001), "c".repeat(256), "a".repeat(501), 81, new BigDecimal("-1"), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("bio", "clinicName", "clinicAddress", "yearsExperience", "consultationFee"));
        assertThatThrownBy(() -> profiles.update(
                        doctor.doctorId(),
                        new DoctorProfileChange(null, null, null, null, new BigDecimal("1.005"), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("consultationFee", "Use at most two decimals (cents)"));
        assertThatThrownBy(() ->
                        profiles.update(doctor.doctorId(), new DoctorProfileChange(null, null, null, null, null, true)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(profiles.myProfile()).isEqualTo(before);
    }

    @Test
    void aNewFeeAppliesToNewBookingsOnlyBookedVisitsKeepTheirs() {
        PatientSummary patient = fixture.patient("FeePatient");
        long before = payments.booked(doctor, patient, 3);

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        profiles.update(
                doctor.doctorId(), new DoctorProfileChange(null, null, null, null, new BigDecimal("120"), true));
        long after = payments.booked(doctor, patient, 4);

        assertThat(new BigDecimal(payments.column(before, "amount"))).isEqualByComparingTo(BookingFixture.FEE);
        assertThat(new BigDecimal(payments.column(after, "amount"))).isEqualByComparingTo("120.00");
    }

    @Test
    void aDoctorCannotChangeAnotherDoctorsProfileNorAnyLicenceOrSpecialization() {
        DoctorSummary other =
                fixture.doctor("Other" + UUID.randomUUID().toString().substring(0, 6));
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        assertThatThrownBy(() -> profiles.update(
                        other.doctorId(), new DoctorProfileChange("mine now", null, null, null, BigDecimal.ONE, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.setCredentials(doctor.doctorId(), "MY-OWN-LICENCE", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.profileOfUser(other.userId())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(12345, Roles.PATIENT);
        assertThatThrownBy(() -> profiles.update(
                        doctor.doctorId(), new DoctorProfileChange(null, null, null, null, BigDecimal.ONE, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT license_number FROM doctors WHERE doctor_id = ?")
                        .param(doctor.doctorId())
                        .query(String.class)
                        .single())
                .startsWith("LIC-");
    }

    @Test
    void anAdminSetsLicenceAndSpecializationAndEditsTheProfile() {
        SignIn.as(1, Roles.ADMIN);
        String name = "Spec " + UUID.randomUUID().toString().substring(0, 8);
        long specializationId =
                specializations.add(new SpecializationForm(name, null)).id();
        String licence = "LIC-NEW-" + UUID.randomUUID();

        var saved = profiles.setCredentials(doctor.doctorId(), "  " + licence + " ", specializationId);
        profiles.update(
                doctor.doctorId(), new DoctorProfileChange("By the admin", null, null, 3, BigDecimal.TEN, true));

        assertThat(saved.licenseNumber()).isEqualTo(licence);
        assertThat(saved.specialization()).isEqualTo(name);
        var reread = profiles.profileOfUser(doctor.userId());
        assertThat(reread.bio()).isEqualTo("By the admin");
        assertThat(reread.specializationId()).isEqualTo(specializationId);
    }

    @Test
    void aLicenceOfAnotherDoctorOrAnUnknownSpecializationIsRefused() {
        DoctorSummary other =
                fixture.doctor("Lic" + UUID.randomUUID().toString().substring(0, 6));
        SignIn.as(1, Roles.ADMIN);
        String taken = profiles.profileOfUser(other.userId()).licenseNumber();

        assertThatThrownBy(() -> profiles.setCredentials(doctor.doctorId(), taken, -5L))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("licenseNumber", DoctorService.LICENSE_TAKEN)
                        .containsKey("specializationId"));
        assertThatThrownBy(() -> profiles.setCredentials(doctor.doctorId(), " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("licenseNumber"));
    }
}
