package app.praxis.patient.ui;

import app.praxis.audit.AuditTrail;
import app.praxis.base.ClinicProperties;
import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.HomePanel;
import app.praxis.base.ui.component.HomePanel.Destination;
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

    PatientHomeView(AuthenticationContext authentication, AuditTrail audit, ClinicProperties clinic) {
        String name = SignedIn.displayName(authentication);
        setId("patient-home");
        add(new HomePanel(
                "Hello, " + name,
                "Book and manage your visits.",
                List.of(
                        new Destination(
                                "Find a doctor", "doctors", "by name, specialization or fee, with the next free time"),
                        new Destination(
                                "My appointments",
                                "appointments",
                                "reschedule, cancel, download to your calendar, see the history")),
                List.of("Pay for your visits online", "Chat with your doctor")));
        add(new RecordOpeningsSection(audit.openingsOfMyRecord(), clinic.timeZone()));
    }
}
