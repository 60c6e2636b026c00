package app.praxis.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.ui.MenuOnScreen;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.user.ProfilePhotos;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The layout's menu, drawn in the browser from what the server sends (issue 18): the page shown is marked, the
 * photo follows a change on the next page, and "Sign out" comes back as an event the server acts on.
 */
@IntegrationTest
class LayoutMenuTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    ProfilePhotos photos;

    PatientSummary patient;

    @BeforeEach
    void signIn() {
        patient = fixture.quickPatient("Menu");
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theMenuLeadsToTheRolesPagesAndMarksThePageShown() {
        navigate("patient", PatientHomeView.class);
        assertThat(MenuOnScreen.links())
                .containsExactly("patient", "doctors", "appointments", "waitlist", "messages", "profile", "account");
        assertThat(MenuOnScreen.current()).isEqualTo("patient");
        assertThat(MenuOnScreen.heading()).isEqualTo("Home");

        UI.getCurrent().navigate("appointments");
        assertThat(MenuOnScreen.current()).isEqualTo("appointments");
        assertThat(MenuOnScreen.heading()).isEqualTo("My appointments");
        assertThat(MenuOnScreen.badges()).as("no unread messages: no badge").isEmpty();
        assertThat(MenuOnScreen.topBarLinks()).containsExactly("messages");
    }

    @Test
    void aNewPhotoShowsInTheMenuOnTheNextPage() throws Exception {
        navigate("patient", PatientHomeView.class);
        assertThat(MenuOnScreen.photo()).isEmpty();
        assertThat(MenuOnScreen.signedInName()).isEqualTo("Test User " + patient.userId());

        String stored = photos.replace(patient.userId(), "me.png", png());
        UI.getCurrent().navigate("appointments");

        assertThat(MenuOnScreen.photo()).contains("photos/" + stored);
    }

    @Test
    void signOutInTheMenuEndsTheSignIn() {
        navigate("patient", PatientHomeView.class);
        assertThat(MenuOnScreen.signOutText()).isEqualTo("Sign out");

        jakarta.servlet.http.HttpSession session = com.vaadin.flow.server.VaadinServletRequest.getCurrent()
                .getHttpServletRequest()
                .getSession();

        try {
            MenuOnScreen.signOut();
        } catch (IllegalStateException usedAfterInvalidation) {
            // The test's mock session refuses Vaadin's clean-up after Spring Security's logout invalidated it; a
            // real container's does not. What counts is that the sign-out happened, checked below.
        }

        assertThatThrownBy(session::getAttributeNames)
                .as("the HTTP session ended (an invalidated session refuses use)")
                .isInstanceOf(IllegalStateException.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
