package app.praxis.user.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.user.AccountService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Forgot password?": an address in, the same answer out whether or not it has an account. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · Praxis")
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout {

    final EmailField email = new EmailField("E-mail");
    final Button send = new Button("Send me a link");
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(AccountService accounts) {
        setAlignItems(Alignment.CENTER);
        addClassNames("praxis-narrow");
        email.setManualValidation(true);
        email.setWidthFull();
        email.setMaxWidth("24rem");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        answer.setId("reset-answer");
        answer.setVisible(false);
        send.addClickListener(event -> {
            email.setInvalid(false);
            try {
                answer.setText(accounts.requestPasswordReset(email.getValue()));
                answer.setVisible(true);
                email.setEnabled(false);
                send.setEnabled(false);
            } catch (InvalidInputException invalid) {
                email.setErrorMessage(invalid.fieldErrors().getOrDefault("email", "Enter your e-mail address"));
                email.setInvalid(true);
            }
        });
        add(
                new H1("Forgot your password?"),
                new Paragraph("Enter the e-mail address you sign in with. We send a link to choose a new password."),
                email,
                send,
                answer,
                new Paragraph(new Anchor("login", "Back to sign in")));
    }
}
