package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.WithPraxisUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void anUnknownAddressWhileSignedInIsAFriendly404InsideTheLayout() {
        navigate("no/such/page", Component.class);

        assertThat(text()).contains("Page not found").doesNotContain("Exception", "admin/users", "Available routes");
        assertThat(find(MainLayout.class).all()).hasSize(1);
    }

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void aDoctorPageWithANonNumericIdIsA404NotAnError() {
        navigate("doctors/abc", Component.class);

        assertThat(text()).contains("Page not found").doesNotContain("NumberFormatException");
    }

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void anAdminPageForAPatientSaysNotAllowedWithoutListingRoutes() {
        navigate("admin/users", Component.class);

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("error-page");
        assertThat(text()).doesNotContain("Users", "Exception", "admin/audit");
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
