package app.praxis.patient.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.patient.PatientService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;

@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Praxis")
@AnonymousAllowed
class RegistrationView extends VerticalLayout {

    final RegistrationForm form;
    final Paragraph formError = new Paragraph();

    RegistrationView(PatientService patients, Clock clock) {
        form = new RegistrationForm(LocalDate.now(clock));
        setAlignItems(Alignment.CENTER);
        formError.addClassNames("praxis-error");
        formError.setVisible(false);
        form.addSubmitListener(event -> {
            formError.setVisible(false);
            try {
                patients.register(form.value());
                Notification.show(
                                "Your account is ready. Sign in with your e-mail and password.",
                                6000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (InvalidInputException invalid) {
                var unshown = form.showErrors(invalid.fieldErrors());
                if (!unshown.isEmpty()) {
                    formError.setText(String.join(" ", unshown.values()));
                    formError.setVisible(true);
                }
            }
        });
        add(
                new H1("Create your patient account"),
                new Paragraph("Doctors and clinic staff get their accounts from the clinic."),
                formError,
                form,
                new Paragraph(new Anchor("login", "Already registered? Sign in")));
    }
}
