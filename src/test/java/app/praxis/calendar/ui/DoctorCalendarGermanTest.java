package app.praxis.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.availability.AvailabilityService;
import app.praxis.availability.NewTimeOff;
import app.praxis.availability.TimeOffService;
import app.praxis.base.ui.calendar.CalendarEntry;
import app.praxis.base.ui.calendar.CalendarViewType;
import app.praxis.base.ui.calendar.DateClickedEvent;
import app.praxis.base.ui.calendar.EntryClickedEvent;
import app.praxis.base.ui.calendar.RangeSelectedEvent;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.doctor.NewDoctor;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** A doctor whose page speaks German: the calendar's words, dates, notifications and the services' answers. */
@IntegrationTest
class DoctorCalendarGermanTest extends SpringBrowserlessTest {

    @Autowired
    DoctorService doctorService;

    @Autowired
    AvailabilityService availability;

    @Autowired
    TimeOffService timeOff;

    @Autowired
    Clock clock;

    DoctorSummary doctor;
    LocalDate nextMonday;

    @BeforeEach
    void aDoctorIsSignedInAndThePageSpeaksGerman() {
        SignIn.as(1, Roles.ADMIN);
        doctor = doctorService.createDoctor(new NewDoctor(
                TestAccounts.newAccount("Dora", "Deutsch"),
                null,
                "LIC-" + UUID.randomUUID(),
                10,
                "Clinic",
                "Addr",
                new BigDecimal("80.00")));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        UI.getCurrent().setLocale(Locale.GERMANY);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theToolbarSidePanelsAndTitleSpeakGermanWithGermanDates() {
        DoctorCalendarView view = open();

        assertThat(view.getPageTitle()).isEqualTo("Kalender · Praxis");
        assertThat(ToolbarOnScreen.of(view).texts().today()).isEqualTo("Heute");
        assertThat(ToolbarOnScreen.of(view).texts().timeOff()).isEqualTo("Abwesenheit");
        assertThat(ToolbarOnScreen.of(view).texts().newSlotMinutes()).isEqualTo("Neue Termine (Min.)");
        assertThat(ToolbarOnScreen.of(view).viewLabel("WEEK")).isEqualTo("Woche");
        assertThat(find(NativeDetails.class).all())
                .extracting(NativeDetails::getSummaryText)
                .containsExactly("Sprechzeiten", "Was Patienten sehen");
        assertThat(view.weeklyHours().save.getText()).isEqualTo("Sprechzeiten speichern");
        assertThat(view.weeklyHours().day(DayOfWeek.MONDAY).getElement().getTextRecursively())
                .startsWith("Mo.");

        view.toolbar.showDay(nextMonday);
        assertThat(ToolbarOnScreen.of(view).title())
                .as("the day view's title, e.g. \"Mo., 7. Dez. 2026\"")
                .isEqualTo(DateTimeFormatter.ofPattern("EEE, d. MMM yyyy", Locale.GERMANY)
                        .format(nextMonday));
        view.calendar.setViewType(CalendarViewType.MONTH);
        assertThat(ToolbarOnScreen.of(view).title())
                .isEqualTo(
                        DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMANY).format(nextMonday));
    }

    @Test
    void addingSlotsTimeOffAndCheckingATimeAnswerInGerman() {
        DoctorCalendarView view = open();
        view.calendar.setDate(nextMonday);

        ComponentUtil.fireEvent(
                view.calendar,
                new RangeSelectedEvent(
                        view.calendar,
                        true,
                        nextMonday.atTime(9, 0).toString(),
                        nextMonday.atTime(10, 0).toString(),
                        false));
        assertThat(view.calendar.getEntries()).extracting(CalendarEntry::title).containsOnly("Frei");

        ComponentUtil.fireEvent(
                view.calendar,
                new DateClickedEvent(
                        view.calendar, true, nextMonday.atTime(15, 0).toString(), false));
        assertThat(view.previewPanel.check.getText())
                .startsWith(DateTimeFormatter.ofPattern("EEE, d. MMM", Locale.GERMANY)
                                .format(nextMonday) + ", 15:00: ")
                .contains("Außerhalb Ihrer Sprechzeiten");

        ComponentUtil.fireEvent(
                view.calendar,
                new RangeSelectedEvent(
                        view.calendar,
                        true,
                        nextMonday.atTime(9, 0).toString(),
                        nextMonday.atTime(10, 0).toString(),
                        false));
        assertThat(ToolbarOnScreen.of(view).state().slotError()).isEmpty();
        assertThat(find(Notification.class).all())
                .extracting(notification -> test(notification).getText())
                .anySatisfy(text -> assertThat(text).contains("Überschneidet sich mit dem freien Termin 09:00–09:30"));

        timeOff.addTimeOff(
                doctor.doctorId(),
                new NewTimeOff(nextMonday.atTime(12, 0), nextMonday.atTime(13, 0), "Kongress", false));
        view.refresh();
        CalendarEntry off = view.calendar.getEntries().stream()
                .filter(entry -> entry.id().startsWith(CalendarEntriesMapper.TIME_OFF_PREFIX))
                .findFirst()
                .orElseThrow();
        assertThat(off.title()).isEqualTo("Abwesenheit: Kongress");
        ComponentUtil.fireEvent(
                view.calendar,
                new EntryClickedEvent(view.calendar, true, off.id(), off.start().toString()));
        EntryDialog dialog =
                (EntryDialog) find(Dialog.class).withId("entry-dialog").single();
        assertThat(dialog.remove.getText()).isEqualTo("Abwesenheit löschen");
        assertThat(dialog.change.getText()).isEqualTo("Ändern");
    }

    @Test
    void theServicesRefuseBadWeeklyHoursInGerman() {
        DoctorCalendarView view = open();

        test(view.weeklyHours().day(DayOfWeek.MONDAY).add).click();
        view.weeklyHours().day(DayOfWeek.MONDAY).intervals.getFirst().end.setValue(LocalTime.of(8, 0));
        view.weeklyHours().slotMinutes.setValue(5);
        test(view.weeklyHours().save).click();

        assertThat(view.weeklyHours()
                        .day(DayOfWeek.MONDAY)
                        .intervals
                        .getFirst()
                        .end
                        .getErrorMessage())
                .isEqualTo("Das Ende muss nach dem Beginn liegen");
        assertThat(view.weeklyHours().slotMinutes.getErrorMessage()).isEqualTo("Zwischen 10 und 120 Minuten");
        assertThat(availability.weeklyHours(doctor.doctorId()).intervals()).isEmpty();
    }

    private DoctorCalendarView open() {
        return AopTestUtils.getUltimateTargetObject(navigate("doctor/calendar", DoctorCalendarView.class));
    }
}
