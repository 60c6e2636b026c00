package app.praxis.admin.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorService;
import app.praxis.user.AccountService;
import app.praxis.user.Role;
import app.praxis.user.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The users screen's "New doctor" and "New admin" actions, and sending a staff account's password link again. */
class StaffActions extends Div {

    final Button newDoctor = new Button(getTranslation("admin.users.newDoctor"), VaadinIcon.PLUS.create());
    final Button newAdmin = new Button(getTranslation("admin.users.newAdmin"), VaadinIcon.PLUS.create());
    private final AccountService accounts;

    StaffActions(DoctorService doctors, UserService users, AccountService accounts, Runnable created) {
        this.accounts = accounts;
        addClassName("staff-actions");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        newDoctor.setId("new-doctor");
        newAdmin.setId("new-admin");
        newDoctor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newDoctor.addClickListener(event -> new NewStaffDialog(Role.DOCTOR, doctors, users, created).open());
        newAdmin.addClickListener(event -> new NewStaffDialog(Role.ADMIN, doctors, users, created).open());
        add(newDoctor, newAdmin);
    }

    /** A staff row's "Send password link" (refused, with the reason, once they have chosen a password). */
    Button resendButton(long userId, String fullName) {
        var button = new Button(getTranslation("admin.users.sendLink"), event -> {
            try {
                accounts.resendSetPasswordLink(userId);
                Notification.show(getTranslation("admin.users.linkSent", fullName))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                Notification.show(String.join(" ", refused.fieldErrors().values()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
        });
        button.addClassName("resend-link");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
