package app.praxis.patient.ui;

import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.ComingNextPanel;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("patient")
@PageTitle("Home · Praxis")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.PATIENT)
class PatientHomeView extends Main {

    PatientHomeView(AuthenticationContext authentication) {
        String name = SignedIn.displayName(authentication);
        setId("patient-home");
        add(new ComingNextPanel(
                "Hello, " + name,
                "Your appointments and messages will live here.",
                List.of(
                        "Find a doctor by name, specialization or fee",
                        "Book, reschedule or cancel an appointment, with a calendar file by e-mail",
                        "Pay for your visits",
                        "Chat with your doctor")));
    }
}
