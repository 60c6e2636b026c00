package app.praxis.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.ui.MenuOnScreen;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.WithPraxisUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
class RoleHomeAndMenuTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsBouncedToSignIn() {
        navigate("patient", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        navigate("admin", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithPraxisUser(role = Roles.ADMIN, name = "Alma Admin")
    void anAdminLandsOnTheClinicHomeAndSeesOnlyAdminEntries() {
        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("admin-home");
        assertThat(menuTitles())
                .containsExactly(
                        "Dashboard",
                        "Appointments",
                        "Calendar",
                        "Payments",
                        "Users",
                        "Specializations",
                        "Reviews",
                        "Sent e-mails",
                        "Audit trail",
                        "My account");
    }

    @Test
    @WithPraxisUser(role = Roles.DOCTOR, name = "Dora Doctor")
    void aDoctorLandsOnTheirDayAndSeesOnlyDoctorEntries() {
        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("doctor-home");
        assertThat(menuTitles())
                .containsExactly(
                        "My day", "Appointments", "Calendar", "Messages", "Reviews", "My profile", "My account");
        assertThat(homeLinks()).containsExactly("doctor/appointments", "doctor/calendar");
    }

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void aPatientLandsOnTheirHomeAndCannotOpenTheAdminHome() {
        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("patient-home");
        assertThat(menuTitles())
                .containsExactly(
                        "Home", "Find a doctor", "My appointments", "Waitlist", "Messages", "My profile", "My account");
        assertThat(homeLinks()).containsExactly("doctors", "appointments");
        assertThat(MenuOnScreen.signedInName()).isEqualTo("Paul Patient");

        navigate("admin", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getElement().getAttribute("id")).isNotEqualTo("admin-home");
    }

    /**
     * The layout is kept from page to page (not rebuilt, with its menu, photo and unread count, on each navigation:
     * issue 18), while a page opened again is built anew, so it shows fresh data.
     */
    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void theLayoutStaysFromPageToPageAndAPageOpenedAgainIsNew() {
        navigate("", com.vaadin.flow.component.Component.class);
        var layout = find(app.praxis.base.ui.MainLayout.class).single();
        assertThat(layout.getClass()).isEqualTo(app.praxis.base.ui.MainLayout.class);

        navigate("doctors", com.vaadin.flow.component.Component.class);
        var directory = getCurrentView();
        assertThat(find(app.praxis.base.ui.MainLayout.class).single()).isSameAs(layout);
        navigate("doctors", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotSameAs(directory);
        assertThat(find(app.praxis.base.ui.MainLayout.class).single()).isSameAs(layout);
        assertThat(MenuOnScreen.signedInName()).isEqualTo("Paul Patient");
    }

    /** Where the home page's links lead: every one must be a screen of that role. */
    private java.util.List<String> homeLinks() {
        return find(app.praxis.base.ui.component.HomePanel.class).single().links();
    }

    private java.util.List<String> menuTitles() {
        return MenuOnScreen.titles();
    }
}
