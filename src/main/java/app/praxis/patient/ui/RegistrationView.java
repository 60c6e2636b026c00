package app.praxis.patient.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.LanguageSwitch;
import app.praxis.base.ui.PageLanguage;
import app.praxis.patient.PatientService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Registration. Every field's problem shows at once; then the page always ends with "check your e-mail", whether or
 * not the address already has an account (its owner is told by e-mail instead), so it reveals nobody's account.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    final RegistrationForm form;
    final Paragraph formError = new Paragraph();
    final Paragraph done = new Paragraph();

    RegistrationView(PatientService patients, Clock clock, PageLanguage locales) {
        form = new RegistrationForm(LocalDate.now(clock));
        setAlignItems(Alignment.CENTER);
        form.addClassName("praxis-centered");
        formError.addClassNames("praxis-error");
        formError.setVisible(false);
        done.setId("registration-done");
        done.setVisible(false);
        form.addSubmitListener(event -> {
            formError.setVisible(false);
            form.clearErrors();
            var account = form.value();
            Map<String, String> errors = new LinkedHashMap<>(form.mismatch());
            try {
                if (errors.isEmpty()) {
                    patients.signUp(account);
                    form.setVisible(false);
                    done.setText(getTranslation(
                            "patient.register.checkEmail",
                            account.email().strip().toLowerCase(Locale.ROOT)));
                    done.setVisible(true);
                    return;
                }
                patients.checkSignUp(account); // the other fields' problems, shown with the mismatch
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.fieldErrors());
            }
            var unshown = form.showErrors(errors);
            if (!unshown.isEmpty()) {
                formError.setText(String.join(" ", unshown.values()));
                formError.setVisible(true);
            }
        });
        add(
                new LanguageSwitch(locales),
                new H1(getTranslation("patient.register.heading")),
                new Paragraph(getTranslation("patient.register.staff")),
                formError,
                done,
                form,
                new Paragraph(new Anchor("login", getTranslation("patient.register.signIn"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patient.register.title");
    }
}
