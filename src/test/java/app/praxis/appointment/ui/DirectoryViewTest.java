package app.praxis.appointment.ui;

import static app.praxis.appointment.ui.BookingViewsTest.target;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.DirectorySort;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Find a doctor" on a phone and with a bad filter: one count that is never stale, filters folded away. */
@IntegrationTest
class DirectoryViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    String family;
    DoctorSummary doctor;

    @BeforeEach
    void setUp() {
        family = "Dir" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        SignIn.as(fixture.quickPatient(family).userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anInvalidFeeLeavesNoStaleCountOverTheEmptyList() {
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        view.name.setValue(family);
        assertThat(view.summary.getText()).isEqualTo("1 doctor");

        view.maxFee.setValue(new BigDecimal("-1"));

        assertThat(view.maxFee.isInvalid()).isTrue();
        assertThat(view.maxFee.getErrorMessage()).isEqualTo("The fee cannot be negative");
        assertThat(view.results.cards()).isEmpty();
        assertThat(view.summary.getText()).isEmpty();
        assertThat(view.moreShown()).isFalse();
    }

    @Test
    void theFeeFilterTakesADecimalCommaAndTheFiltersButtonCountsTheFiltersInUse() {
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        assertThat(view.maxFee.getLocale())
                .as("the page's decimal separator")
                .isEqualTo(UI.getCurrent().getLocale());
        assertThat(view.filtersToggle.getText()).isEqualTo("Filters");

        view.maxFee.setValue(new BigDecimal("60.5"));
        view.sort.setValue(DirectorySort.RATING);

        assertThat(view.filtersToggle.getText()).isEqualTo("Filters (2)");
        assertThat(view.filters.hasClassName("filters-open")).isFalse();
        test(view.filtersToggle).click();
        assertThat(view.filters.hasClassName("filters-open")).isTrue();
        assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded"))
                .isEqualTo("true");
    }

    @Test
    void theWholeCardLeadsToTheDoctorAndThePageNamesItselfInTheTopBar() {
        fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 30));
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        view.name.setValue(family);

        assertThat(view.results.cards())
                .singleElement()
                .extracting(DoctorCards.Card::href)
                .as("the card's link (drawn over the whole card in the browser) leads to the doctor's page")
                .isEqualTo("doctors/" + doctor.doctorId());
        assertThat(view.results.getElement().getTag()).isEqualTo("praxis-doctor-cards");
        assertThat(app.praxis.base.ui.MenuOnScreen.heading()).isEqualTo("Find a doctor");
    }
}
