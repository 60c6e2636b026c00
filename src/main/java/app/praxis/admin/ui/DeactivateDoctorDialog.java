package app.praxis.admin.ui;

import app.praxis.admin.FutureAppointments;
import app.praxis.admin.UserAdminService;
import app.praxis.admin.UserRow;
import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.PracticeTimeOffService;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * Deactivating a doctor: their upcoming appointments are listed and the admin decides explicitly, as the calendar's
 * time off asks: keep them, or cancel them (only those listed) with a message to each patient. When an appointment
 * was booked since the list was read, nothing happens and the list is shown again.
 */
class DeactivateDoctorDialog extends Dialog {

    final Div upcoming = new Div();
    final Paragraph problem = new Paragraph();
    final TextArea message = new TextArea(getTranslation("admin.deactivate.message"));
    final Button keep = new Button();
    final Button cancel = new Button(getTranslation("admin.deactivate.cancelAppointments"));

    private final UserRow row;
    private final UserAdminService users;
    private final Runnable onDone;
    private List<AppointmentRow> shown = List.of();

    DeactivateDoctorDialog(UserRow row, UserAdminService users, Runnable onDone) {
        this.row = row;
        this.users = users;
        this.onDone = onDone;
        setId("deactivate-doctor-dialog");
        setHeaderTitle(getTranslation("admin.deactivate.title", row.fullName()));
        setWidth("min(36rem, 100vw)");
        problem.addClassName("error-text");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        message.setWidthFull();
        keep.addClassName("keep-appointments");
        keep.addClickListener(event -> deactivate(FutureAppointments.KEEP));
        cancel.addClassName("cancel-appointments");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        cancel.addClickListener(event -> deactivate(FutureAppointments.CANCEL));
        add(new Paragraph(getTranslation("admin.deactivate.intro")), upcoming, message, problem);
        getFooter().add(new Button(getTranslation("admin.deactivate.back"), event -> close()), keep, cancel);
        show(users.upcomingAppointments(row.id()));
    }

    /** Lists the appointments the decision is about, and only offers to cancel when there are any. */
    private void show(List<AppointmentRow> appointments) {
        shown = appointments;
        upcoming.removeAll();
        boolean any = !appointments.isEmpty();
        if (any) {
            var list = new UnorderedList();
            Formats formats = Formats.current();
            appointments.forEach(appointment -> list.add(new ListItem(getTranslation(
                    "admin.deactivate.appointment", formats.when(appointment.startsAt()), appointment.patientName()))));
            list.getStyle().set("max-height", "12rem").set("overflow", "auto");
            upcoming.add(new Paragraph(getTranslation("admin.deactivate.upcoming", appointments.size())), list);
        } else {
            upcoming.add(new Paragraph(getTranslation("admin.deactivate.none")));
        }
        keep.setText(getTranslation(any ? "admin.deactivate.keep" : "admin.deactivate.deactivate"));
        keep.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        if (!any) {
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        }
        cancel.setVisible(any);
        message.setVisible(any);
    }

    private void deactivate(FutureAppointments choice) {
        problem.setVisible(false);
        try {
            users.deactivate(
                    row.id(),
                    choice,
                    shown.stream().map(AppointmentRow::id).toList(),
                    choice == FutureAppointments.CANCEL ? message.getValue() : null);
            Notification.show(
                            choice == FutureAppointments.CANCEL
                                    ? getTranslation("admin.deactivate.doneCancelled", row.fullName(), shown.size())
                                    : getTranslation("admin.deactivate.done", row.fullName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onDone.run();
        } catch (InvalidInputException refused) {
            Map<String, String> unshown =
                    FieldErrors.show(refused.fieldErrors(), Map.of(PracticeTimeOffService.MESSAGE, message));
            if (unshown.containsKey(PracticeTimeOffService.BOOKED)) {
                show(users.upcomingAppointments(row.id()));
            }
            if (!unshown.isEmpty()) {
                problem.setText(String.join(" ", unshown.values()));
                problem.setVisible(true);
            }
        }
    }
}
