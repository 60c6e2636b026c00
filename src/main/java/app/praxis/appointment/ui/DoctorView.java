package app.praxis.appointment.ui;

import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.DoctorPage;
import app.praxis.appointment.DoctorProfile;
import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** A doctor's profile and the booking flow: pick a day, a time, say why, confirm. */
@Route("doctors/:doctorId(\\d{1,18})")
@RolesAllowed(Roles.PATIENT)
class DoctorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The free times with the booking under them (heading, reason, "Book", waitlist link): one element. */
    final SlotPicker slots = new SlotPicker();
    /** The reason as the browser sent it with "Book", and its message next to the field. */
    final BookingReason reason;

    private final DoctorDirectory directory;
    private final BookingService booking;
    private final ObjectProvider<DoctorPageSection> sections;
    private long doctorId;

    DoctorView(DoctorDirectory directory, BookingService booking, ObjectProvider<DoctorPageSection> sections) {
        this.directory = directory;
        this.booking = booking;
        this.sections = sections;
        setId("doctor-page");
        addClassNames("praxis-form");
        reason = new BookingReason(slots.times);
        // Another week is read when the patient moves to it (one query): the page keeps only the days shown.
        slots.readWeeksWith((from, until) -> directory.freeSlots(doctorId, from, until));
        slots.times.addBookListener(event -> {
            reason.setValue(event.reason());
            book();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DoctorPage> page =
                event.getRouteParameters().getLong("doctorId").flatMap(directory::page);
        removeAll();
        if (page.isEmpty()) {
            add(
                    new H2(getTranslation("appointment.book.notFound")),
                    new Paragraph(getTranslation("appointment.book.notFoundText")));
            return;
        }
        DoctorProfile profile = page.get().profile();
        doctorId = profile.card().doctorId();
        add(new DoctorProfilePanel(profile));
        if (page.get().metBefore()) {
            add(ChatLinks.messageDoctor(doctorId));
        }
        int maxLength = booking.reasonMaxLength();
        slots.times.setBooking(new SlotWeek.Booking(
                getTranslation("appointment.book.heading"),
                getTranslation("appointment.book.reason"),
                getTranslation("appointment.reason.helper", maxLength),
                maxLength,
                getTranslation("appointment.book.button"),
                getTranslation("appointment.book.waitlist"),
                // The waitlist sits above appointment: reached by its route, not imported.
                "waitlist?doctor=" + doctorId));
        add(slots);
        // A time picked on the directory's card arrives chosen: the patient gives a reason and confirms here.
        slots.setSlots(
                page.get().freeSlots(),
                event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("slot")
                        .flatMap(DoctorView::id)
                        .orElse(null));
        sections.orderedStream()
                .flatMap(section -> section.sectionFor(doctorId).stream())
                .forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.book.title");
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void book() {
        Optional<BookableSlot> slot = slots.selected();
        if (slot.isEmpty()) {
            slots.setErrorMessage(getTranslation("appointment.book.chooseTime"));
            slots.setInvalid(true);
            return;
        }
        try {
            booking.book(slot.get().id(), reason.getValue());
            // The confirmation takes the free times' place; My appointments is one click on (issue 18, round 38: the
            // click no longer builds that page as well).
            String when = Formats.current()
                    .span(slot.get().date(), slot.get().startTime(), slot.get().endTime());
            var confirmation = new BookingConfirmation(when, reason.getValue().strip());
            addComponentAtIndex(getElement().indexOfChild(slots.getElement()), confirmation);
            remove(slots);
        } catch (InvalidInputException refusal) {
            if (refusal.fieldErrors().containsKey(BookingService.SLOT)) {
                slots.setSlots(directory.freeSlots(doctorId));
            }
            ErrorDisplay.show(refusal, Map.of(BookingService.SLOT, slots, BookingService.REASON, reason));
        }
    }
}
