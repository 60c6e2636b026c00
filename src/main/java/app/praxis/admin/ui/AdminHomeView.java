package app.praxis.admin.ui;

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

@Route("admin")
@PageTitle("Clinic · Praxis")
@Menu(title = "Clinic", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
class AdminHomeView extends Main {

    AdminHomeView(AuthenticationContext authentication) {
        String name = SignedIn.displayName(authentication);
        setId("admin-home");
        add(new HomePanel(
                "Welcome, " + name,
                "You run the clinic from here.",
                List.of(
                        new Destination(
                                "Appointments",
                                "admin/appointments",
                                "every appointment, filtered by doctor, patient," + " status and dates"),
                        new Destination("Doctors' calendars", "doctor/calendar", "open and edit any doctor's calendar"),
                        new Destination(
                                "Payments",
                                "admin/payments",
                                "every payment with totals, receipts, refunds and a CSV export")),
                List.of(
                        "Dashboard: appointments, revenue and no-show rates, with charts",
                        "Users: doctors, patients and admins; activate and deactivate accounts (the services exist)",
                        "Specializations and doctors' profiles")));
    }
}
