package app.praxis.patient.ui;

import app.praxis.audit.AuditTrail;
import app.praxis.base.ClinicProperties;
import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.HomePanel;
import app.praxis.base.ui.component.HomePanel.Destination;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("patient")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.PATIENT)
class PatientHomeView extends Main implements HasDynamicTitle {

    PatientHomeView(AuthenticationContext authentication, AuditTrail audit, ClinicProperties clinic) {
        String name = SignedIn.displayName(authentication);
        setId("patient-home");
        panel = new HomePanel(
                getTranslation("patient.home.greeting", name),
                getTranslation("patient.home.intro"),
                List.of(
                        new Destination(
                                getTranslation("patient.home.findDoctor"),
                                "doctors",
                                getTranslation("patient.home.findDoctorText")),
                        new Destination(
                                getTranslation("patient.home.appointments"),
                                "appointments",
                                getTranslation("patient.home.appointmentsText"))),
                List.of(getTranslation("patient.home.next.pay"), getTranslation("patient.home.next.chat")));
        openings = new RecordOpeningsSection(audit.openingsOfMyRecord(), clinic.timeZone());
        add(panel, openings);
    }

    private final HomePanel panel;
    private final RecordOpeningsSection openings;

    /** The page's texts as a person reads them (the panel drawn from static HTML, then the openings). */
    String text() {
        return panel.text() + " " + openings.text();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patient.home.title");
    }
}
