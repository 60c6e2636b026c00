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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(title = "My account", order = 90, icon = "vaadin:user-card")
@PermitAll
class AccountView extends Main implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField(getTranslation("user.account.currentPassword"));
    final NewPasswordForm newPassword = new NewPasswordForm();
    final Button changePassword = new Button(getTranslation("user.account.changePassword"));

    final EmailField newEmail = new EmailField(getTranslation("user.account.newEmail"));
    final PasswordField emailPassword = new PasswordField(getTranslation("user.account.currentPassword"));
    final Button changeEmail = new Button(getTranslation("user.account.sendLink"));
    final Paragraph emailAnswer = new Paragraph();

    final PasswordField closePassword = new PasswordField(getTranslation("user.account.currentPassword"));
    final Button closeAccount = new Button(getTranslation("user.account.close"));

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
                new H1(getTranslation("user.account.title")),
                new H2(getTranslation("user.account.password")),
                new Paragraph(getTranslation("user.account.password.text")),
                passwordForm,
                new H2(getTranslation("user.account.email")),
                new Paragraph(getTranslation("user.account.email.text")),
                emailForm,
                emailAnswer);
        if (authentication.hasRole(Roles.PATIENT)) {
            addPatientSections();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.account.pageTitle");
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
        download = new Anchor(handler, getTranslation("user.account.download"));
        download.getElement().setAttribute("download", "my-praxis-data.json");
        download.setId("download-my-data");
        closePassword.setManualValidation(true);
        closeAccount.addThemeVariants(ButtonVariant.LUMO_ERROR);
        closeAccount.addClickListener(event -> confirmClose());
        var closeForm = new FormLayout(closePassword, closeAccount);
        closeForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        closeForm.setMaxWidth("28rem");
        add(
                new H2(getTranslation("user.account.data")),
                new Paragraph(getTranslation("user.account.data.text")),
                download,
                new H2(getTranslation("user.account.closeTitle")),
                new Paragraph(getTranslation("user.account.close.text")),
                closeForm);
    }

    private void confirmClose() {
        closePassword.setInvalid(false);
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("user.account.close.confirm"));
        dialog.setText(getTranslation("user.account.close.undone"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("user.account.cancel"));
        dialog.setConfirmText(getTranslation("user.account.close"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> close());
        dialog.open();
    }

    void close() {
        try {
            accounts.closeMyAccount(closePassword.getValue());
            Notification.show(getTranslation("user.account.closed"), 6000, Notification.Position.TOP_CENTER);
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
                                getTranslation("user.account.passwordChanged"), 6000, Notification.Position.TOP_CENTER)
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
            emailAnswer.setText(
                    getTranslation("user.account.linkSent", newEmail.getValue().strip()));
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
