package app.praxis.user.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.security.Roles;
import app.praxis.security.SessionSignIn;
import app.praxis.user.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everyone's own account: change the password (other sessions end) and the e-mail address (by a link); patients also
 * download their data and close their account.
 */
@Route("account")
@PageTitle("My account · Praxis")
@Menu(title = "My account", order = 90, icon = "vaadin:user-card")
@PermitAll
class AccountView extends Main {

    final PasswordField currentPassword = new PasswordField("Current password");
    final NewPasswordForm newPassword = new NewPasswordForm();
    final Button changePassword = new Button("Change password");

    final EmailField newEmail = new EmailField("New e-mail address");
    final PasswordField emailPassword = new PasswordField("Current password");
    final Button changeEmail = new Button("Send a confirmation link");
    final Paragraph emailAnswer = new Paragraph();

    final PasswordField closePassword = new PasswordField("Current password");
    final Button closeAccount = new Button("Close my account");

    @Nullable
    Anchor download;

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    AccountView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        setId("account");
        addClassNames("praxis-page");
        currentPassword.setManualValidation(true);
        newEmail.setManualValidation(true);
        emailPassword.setManualValidation(true);
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(event -> changePassword());
        changeEmail.addClickListener(event -> changeEmail());
        emailAnswer.setId("email-answer");
        emailAnswer.setVisible(false);

        var passwordForm = new FormLayout(currentPassword, newPassword.newPassword, newPassword.repeat, changePassword);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        passwordForm.setMaxWidth("28rem");
        var emailForm = new FormLayout(newEmail, emailPassword, changeEmail);
        emailForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        emailForm.setMaxWidth("28rem");
        add(
                new H1("My account"),
                new H2("Password"),
                new Paragraph("Changing it signs you out everywhere else."),
                passwordForm,
                new H2("E-mail address"),
                new Paragraph("We send a link to the new address; the change applies when you open it."),
                emailForm,
                emailAnswer);
        if (authentication.hasRole(Roles.PATIENT)) {
            addPatientSections();
        }
    }

    /** A patient's own data as a file, and closing the account. */
    private void addPatientSections() {
        DownloadHandler handler = event -> {
            event.setFileName("my-praxis-data.json");
            event.setContentType("application/json");
            try (OutputStream out = event.getOutputStream()) {
                out.write(accounts.exportMyData());
            }
        };
        download = new Anchor(handler, "Download my data (JSON)");
        download.getElement().setAttribute("download", "my-praxis-data.json");
        download.setId("download-my-data");
        closePassword.setManualValidation(true);
        closeAccount.addThemeVariants(ButtonVariant.LUMO_ERROR);
        closeAccount.addClickListener(event -> confirmClose());
        var closeForm = new FormLayout(closePassword, closeAccount);
        closeForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        closeForm.setMaxWidth("28rem");
        add(
                new H2("Your data"),
                new Paragraph("Your profile, appointments, payments and messages in one file."),
                download,
                new H2("Close your account"),
                new Paragraph("You can no longer sign in, and your name and contact details are removed. Your"
                        + " appointments and payments stay in the practice's records, as the law requires."),
                closeForm);
    }

    private void confirmClose() {
        closePassword.setInvalid(false);
        var dialog = new ConfirmDialog();
        dialog.setHeader("Close your account?");
        dialog.setText("This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Close my account");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> close());
        dialog.open();
    }

    void close() {
        try {
            accounts.closeMyAccount(closePassword.getValue());
            Notification.show("Your account is closed.", 6000, Notification.Position.TOP_CENTER);
            authentication.logout();
        } catch (InvalidInputException invalid) {
            showOn(invalid.fieldErrors(), "closePassword", closePassword);
        }
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.clear();
        var errors = new LinkedHashMap<>(newPassword.mismatch());
        if (errors.isEmpty()) {
            try {
                Instant changedAt =
                        accounts.changePassword(currentPassword.getValue(), newPassword.newPassword.getValue());
                var request = VaadinServletRequest.getCurrent();
                var response = VaadinServletResponse.getCurrent();
                if (request != null && response != null) {
                    SessionSignIn.renew(changedAt, request.getHttpServletRequest(), response.getHttpServletResponse());
                }
                currentPassword.clear();
                newPassword.newPassword.clear();
                newPassword.repeat.clear();
                Notification.show(
                                "Your password is changed. Other places where you were signed in are signed out.",
                                6000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                return;
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.fieldErrors());
            }
        }
        showOn(errors, "currentPassword", currentPassword);
        newPassword.show(without(errors, "currentPassword"));
    }

    private void changeEmail() {
        newEmail.setInvalid(false);
        emailPassword.setInvalid(false);
        try {
            accounts.requestEmailChange(emailPassword.getValue(), newEmail.getValue());
            emailPassword.clear();
            emailAnswer.setText("We sent a link to " + newEmail.getValue().strip()
                    + ". Open it to use that address; until then, sign in with your current one.");
            emailAnswer.setVisible(true);
        } catch (InvalidInputException invalid) {
            showOn(invalid.fieldErrors(), "newEmail", newEmail);
            showOn(invalid.fieldErrors(), "currentPassword", emailPassword);
        }
    }

    private static void showOn(Map<String, String> errors, String name, com.vaadin.flow.component.HasValidation field) {
        String message = errors.get(name);
        if (message != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private static Map<String, String> without(Map<String, String> errors, String name) {
        var rest = new LinkedHashMap<>(errors);
        rest.remove(name);
        return rest;
    }
}
