package app.praxis.user.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.LanguageSwitch;
import app.praxis.base.ui.PageLanguage;
import app.praxis.user.AccountService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Forgot password?": an address in, the same answer out whether or not it has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField(getTranslation("user.forgot.email"));
    final Button send = new Button(getTranslation("user.forgot.send"));
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(AccountService accounts, PageLanguage locales) {
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
                email.setErrorMessage(
                        invalid.fieldErrors().getOrDefault("email", getTranslation("user.email.required")));
                email.setInvalid(true);
            }
        });
        add(
                new LanguageSwitch(locales),
                new H1(getTranslation("user.forgot.title")),
                new Paragraph(getTranslation("user.forgot.text")),
                email,
                send,
                answer,
                new Paragraph(new Anchor("login", getTranslation("user.backToSignIn"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.forgot.pageTitle");
    }
}
