package app.praxis.appointment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * What the doctor's page shows in place of the free times once one is booked, as booking sites do: what was booked
 * (the doctor is the page's), that the e-mail is on its way, and the way on to the patient's list. The heading takes
 * the focus, so a screen reader announces the booking and the keyboard starts from there.
 */
final class BookingConfirmation extends Section {

    static final String ID = "booking-confirmation";
    static final String MY_APPOINTMENTS_ID = "booked-my-appointments";

    private final H2 heading;

    BookingConfirmation(String when, String reason) {
        setId(ID);
        heading = new H2(getTranslation("appointment.booked.heading"));
        heading.getElement().setAttribute("tabindex", "-1");
        var myAppointments = new Button(
                getTranslation("appointment.booked.myAppointments"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(MyAppointmentsView.class)));
        myAppointments.setId(MY_APPOINTMENTS_ID);
        myAppointments.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                heading,
                new Paragraph(getTranslation("appointment.book.booked", when)),
                new Paragraph(getTranslation("appointment.card.reason", reason)),
                myAppointments);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        heading.getElement().executeJs("this.focus()");
    }
}
