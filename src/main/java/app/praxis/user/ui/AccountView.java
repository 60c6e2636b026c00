package app.praxis.user.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.security.SessionSignIn;
import app.praxis.user.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everyone's own account: change the password (other sessions end) and the e-mail address (by a link). */
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

    private final AccountService accounts;

    AccountView(AccountService accounts) {
        this.accounts = accounts;
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
