package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.Bookability;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Language;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The booking screens on a German page: German words, German dates, times and money, German refusals. */
@IntegrationTest
class GermanBookingViewsTest extends SpringBrowserlessTest {

    private static final Formats GERMAN = Formats.of(Language.GERMAN);

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppointmentService appointments;

    String family;
    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        family = "Deutsch" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        SignIn.as(patient.userId(), Roles.PATIENT);
        UI.getCurrent().setLocale(Locale.GERMANY);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDirectoryIsGermanWithGermanTimesAndMoney() {
        fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 30));

        DoctorDirectoryView view = BookingViewsTest.target(navigate(DoctorDirectoryView.class));
        assertThat(view.getPageTitle()).isEqualTo("Arzt finden · Praxis");
        DirectoryOnScreen screen = new DirectoryOnScreen(view);
        assertThat(screen.texts().heading()).isEqualTo("Arzt finden");
        assertThat(screen.texts().name()).isEqualTo("Name");
        assertThat(screen.texts().specialization()).isEqualTo("Fachrichtung");
        assertThat(screen.texts().sorts())
                .extracting(DoctorDirectoryView.Option::label)
                .containsExactly("Nächster freier Termin", "Bewertung");
        assertThat(screen.filtersButton()).isEqualTo("Filter");
        screen.name(family);

        assertThat(screen.summary()).isEqualTo("1 Arzt");
        assertThat(screen.cards()).hasSize(1);
        String card = screen.cards().getFirst().text();
        LocalDate day = fixture.today().plusDays(1);
        assertThat(card)
                .contains("Nächster freier Termin: " + GERMAN.day(day) + ", 09:30")
                .contains("80,00\u00a0€")
                .contains("Allgemeinmedizin", "Neu")
                .doesNotContain("Next free", "€80.00");

        screen.maxFee("80,5");
        assertThat(screen.cards()).as("a decimal comma in German").hasSize(1);
        screen.maxFee("79,99");
        assertThat(screen.cards()).isEmpty();
        screen.maxFee("79.99");
        assertThat(screen.feeError()).isEqualTo("Geben Sie einen Betrag ein, z. B. 60,50");
        screen.maxFee("-1");
        assertThat(screen.feeError()).isEqualTo("Das Honorar kann nicht negativ sein");
        assertThat(screen.filtersButton()).isEqualTo("Filter (1)");
    }

    @Test
    void aPatientBooksInGermanAndSeesTheAppointmentUnderMeineTermine() {
        long slot = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        LocalDate day = fixture.today().plusDays(2);

        DoctorView view = BookingViewsTest.target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        assertThat(view.getPageTitle()).isEqualTo("Buchen · Praxis");
        SlotWeek.Booking booking = view.slots.times.booking().orElseThrow();
        assertThat(booking.book()).isEqualTo("Termin buchen");
        assertThat(booking.reason()).isEqualTo("Grund Ihres Besuchs");
        assertThat(booking.helper()).isEqualTo("Bis zu 1000 Zeichen");
        assertThat(booking.heading()).isEqualTo("Einen Termin buchen");
        assertThat(booking.waitlist()).isEqualTo("Kein Termin passt? Auf die Warteliste setzen");
        assertThat(view.slots.times.texts().nextFree()).isEqualTo("Nächster freier Termin");

        DoctorPageOnScreen.book(view, "");
        assertThat(view.slots.times.error()).isEqualTo("Wählen Sie zuerst eine Zeit.");
        view.slots.clickTime(0);
        DoctorPageOnScreen.book(view, "");
        assertThat(view.reason.getErrorMessage())
                .as("the service answers in the page's language")
                .isEqualTo("Sagen Sie dem Arzt kurz, warum Sie kommen.");

        DoctorPageOnScreen.book(view, "Vorsorge");

        assertThat(DoctorPageOnScreen.confirmation())
                .contains(String.join(
                        "\n",
                        "Ihr Termin ist gebucht",
                        "Gebucht: " + GERMAN.span(day, LocalTime.of(11, 0), LocalTime.of(11, 30))
                                + ". Eine Bestätigung ist per E-Mail unterwegs.",
                        "Grund: Vorsorge"));
        Button myAppointments = find(Button.class)
                .withId(BookingConfirmation.MY_APPOINTMENTS_ID)
                .single();
        assertThat(myAppointments.getText()).isEqualTo("Meine Termine");
        test(myAppointments).click();

        MyAppointmentsView mine = BookingViewsTest.target((MyAppointmentsView) getCurrentView());
        assertThat(fixture.appointmentsOnSlot(slot)).isOne();
        assertThat(mine.getPageTitle()).isEqualTo("Meine Termine · Praxis");
        assertThat(CardsOnScreen.pageText().lines().findFirst()).contains("Meine Termine");
        assertThat(mine.page.cards(AppointmentCards.UPCOMING)).hasSize(1);
        AppointmentCards.Card card = mine.page.cards(AppointmentCards.UPCOMING).getFirst();
        assertThat(card.status()).isEqualTo("Geplant");
        assertThat(card.text())
                .contains(GERMAN.span(day, LocalTime.of(11, 0), LocalTime.of(11, 30)))
                .contains("Grund: Vorsorge", "Kalenderdatei (.ics)")
                .doesNotContain("Reason:", "Scheduled");
        assertThat(CardsOnScreen.buttons("reschedule")).containsExactly("Verschieben");
        assertThat(CardsOnScreen.buttons("cancel")).containsExactly("Absagen");
        assertThat(CardsOnScreen.links("message-doctor")).hasSize(1);
    }

    @Test
    void rescheduleAndCancelSpeakGermanToo() {
        long first = fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        fixture.slot(doctor.doctorId(), 3, LocalTime.of(15, 0));
        long appointment = booking.book(first, "Rückenschmerzen");

        MyAppointmentsView view = BookingViewsTest.target(navigate(MyAppointmentsView.class));
        CardsOnScreen.click("reschedule");
        RescheduleDialog dialog = find(RescheduleDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Verschieben");
        test(dialog.confirm).click();
        assertThat(dialog.slots.getErrorMessage()).isEqualTo("Wählen Sie zuerst eine neue Zeit.");
        dialog.slots.showFrom(fixture.today().plusDays(3));
        dialog.slots.clickTime(0);
        dialog.reason.setValue("Dienstreise");
        test(dialog.confirm).click();
        assertThat(view.page.cards(AppointmentCards.UPCOMING))
                .singleElement()
                .extracting(AppointmentCards.Card::text)
                .asString()
                .contains("Einmal verschoben");

        CardsOnScreen.click("cancel");
        CancelDialog cancel = find(CancelDialog.class).single();
        assertThat(cancel.confirm.getText()).isEqualTo("Termin absagen");
        cancel.reason.setValue("Geht mir besser");
        test(cancel.confirm).click();

        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
        assertThat(view.page.cards(AppointmentCards.PAST)).hasSize(1);
        var cancelled = view.page.cards(AppointmentCards.PAST).getFirst();
        assertThat(cancelled.status()).isEqualTo("Abgesagt");
        assertThat(cancelled.text()).contains("Abgesagt: Geht mir besser");
    }

    @Test
    void theDoctorsAgendaAndDayAreGerman() {
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        DoctorAgendaView agenda = BookingViewsTest.target(navigate(DoctorAgendaView.class));
        assertThat(agenda.getPageTitle()).isEqualTo("Termine · Praxis");
        assertThat(agenda.getElement().getTextRecursively())
                .contains("Warten auf Ihre Einschätzung", "Heute", "Nächste vier Wochen", "Heute keine Termine.");
        assertThat(find(Button.class).withClassName("patient-record").single().getText())
                .isEqualTo("Patientenakte");
        assertThat(find(Button.class).withClassName("outcome-no_show").single().getText())
                .isEqualTo("Nicht erschienen");
        test(find(Button.class).withClassName("outcome-no_show").single()).click();
        assertThat(find(AppointmentCardView.class).from(agenda.awaiting).all()).isEmpty();
        long appointment = jdbc.sql("SELECT appointment_id FROM appointments WHERE patient_id = ?")
                .param(patient.patientId())
                .query(Long.class)
                .single();
        assertThat(fixture.status(appointment)).isEqualTo("NO_SHOW");
        var twice = catchThrowableOfType(
                InvalidInputException.class,
                () -> appointments.recordOutcome(appointment, AppointmentStatus.COMPLETED));
        assertThat(twice.fieldErrors().get(BookingService.APPOINTMENT))
                .as("the service refuses in the page's language")
                .isEqualTo("Dieser Termin hat bereits den Status „Nicht erschienen“.");
    }

    @Test
    void everyStatusAndBookabilityHasItsTextInBothLanguages() {
        for (var status : AppointmentStatus.values()) {
            for (Locale locale : new Locale[] {Locale.UK, Locale.GERMANY}) {
                UI.getCurrent().setLocale(locale);
                assertThat(UI.getCurrent().getTranslation(status.textKey()))
                        .as("%s in %s", status, locale)
                        .doesNotStartWith("!");
            }
        }
        for (var state : Bookability.State.values()) {
            for (Locale locale : new Locale[] {Locale.UK, Locale.GERMANY}) {
                UI.getCurrent().setLocale(locale);
                assertThat(UI.getCurrent().getTranslation(state.textKey()))
                        .as("%s in %s", state, locale)
                        .doesNotStartWith("!");
            }
        }
        UI.getCurrent().setLocale(Locale.GERMANY);
        assertThat(UI.getCurrent().getTranslation(AppointmentStatus.NO_SHOW.textKey()))
                .isEqualTo("Nicht erschienen");
        UI.getCurrent().setLocale(Locale.UK);
        assertThat(UI.getCurrent().getTranslation(AppointmentStatus.NO_SHOW.textKey()))
                .isEqualTo(AppointmentStatus.NO_SHOW.label());
    }
}
