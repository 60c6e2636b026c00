package app.praxis.appointment.ui;

import static app.praxis.appointment.ui.BookingViewsTest.target;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.Formats;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Find a doctor" on a phone and with a bad filter: one count that is never stale, filters folded away. */
@IntegrationTest
class DirectoryViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    String family;
    DoctorSummary doctor;
    long patientUser;

    @BeforeEach
    void setUp() {
        family = "Dir" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patientUser = fixture.quickPatient(family).userId();
        SignIn.as(patientUser, Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * The cards' constant texts go once with the page's texts (issue 18): each card carries only its own data, and
     * "Next free: …", "Book Dr. … on …", the title and the links are composed from them as the browser does.
     */
    @Test
    void theCardsConstantTextsAreSentOnceAndComposedOnEachCard() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 30));
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(view).name(family);

        String sent = view.getElement().getProperty("cards", "");
        assertThat(sent).doesNotContain("Next free", "Book Dr.", "doctors/", "Dr. Doc");
        assertThat(view.texts().cards().bookTime()).isEqualTo("Book Dr. {0} on {1}");

        DoctorCards.Card card = screen.cards().getFirst();
        String when = Formats.current().when(fixture.today().plusDays(1).atTime(9, 30));
        assertThat(card.name()).isEqualTo("Dr. Doc " + family);
        assertThat(card.href()).isEqualTo("doctors/" + doctor.doctorId());
        assertThat(card.next()).isEqualTo("Next free: " + when);
        assertThat(card.times()).singleElement().satisfies(time -> {
            assertThat(time.label()).isEqualTo("Book Dr. Doc " + family + " on " + when);
            assertThat(time.href()).isEqualTo("doctors/" + doctor.doctorId() + "?slot=" + slot);
        });
        assertThat(DoctorCards.Patterns.fill("Book Dr. {0} on {1}", "A {1} B", "Thu"))
                .as("a name holding a place is not filled again")
                .isEqualTo("Book Dr. A {1} B on Thu");
    }

    @Test
    void anInvalidFeeLeavesNoStaleCountOverTheEmptyList() {
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(view).name(family);
        assertThat(screen.summary()).isEqualTo("1 doctor");

        screen.maxFee("-1");

        assertThat(screen.feeError()).isEqualTo("The fee cannot be negative");
        assertThat(screen.cards()).isEmpty();
        assertThat(screen.summary()).isEmpty();
        assertThat(screen.moreShown()).isFalse();

        screen.maxFee("6O");
        assertThat(screen.feeError()).as("not an amount").isEqualTo("Enter an amount, such as 60.50");
        assertThat(screen.cards()).isEmpty();
        assertThat(screen.summary()).isEmpty();

        screen.maxFee("");
        assertThat(screen.feeError()).isNull();
        assertThat(screen.summary()).isEqualTo("1 doctor");
    }

    @Test
    void theFeeFilterTakesTheLanguagesDecimalsAndTheFiltersButtonCountsTheFiltersInUse() {
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(view).name(family);
        assertThat(screen.filtersButton()).isEqualTo("Filters");

        screen.maxFee("60.5");
        assertThat(screen.cards()).as("the doctor's fee is 80.00").isEmpty();
        assertThat(screen.summary()).isEqualTo("0 doctors");
        screen.sort("RATING");
        assertThat(screen.filtersButton()).isEqualTo("Filters (2)");

        screen.maxFee(" 80.00 ");
        assertThat(screen.cards()).hasSize(1);
        screen.maxFee("80,00");
        assertThat(screen.feeError())
                .as("a comma is not the decimal separator in English")
                .isEqualTo("Enter an amount, such as 60.50");
        assertThat(screen.filtersButton()).as("a fee typed counts, read or not").isEqualTo("Filters (2)");
    }

    @Test
    void aSpecializationOrSortThePageDidNotOfferDoesNothing() {
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(view).name(family);
        assertThat(screen.cards()).hasSize(1);
        assertThat(screen.texts().sorts())
                .extracting(DoctorDirectoryView.Option::value)
                .containsExactly("NEXT_FREE_SLOT", "RATING");
        String sent = view.getElement().getProperty("state") + view.getElement().getProperty("cards");

        screen.specialization("999999999");
        screen.specialization("not a number");
        screen.sort("NAME");

        assertThat(view.getElement().getProperty("state") + view.getElement().getProperty("cards"))
                .as("nothing searched, nothing changed")
                .isEqualTo(sent);
    }

    @Test
    void aSpecializationOfferedNarrowsTheList() {
        String name = "Spec " + family;
        jdbc.sql("INSERT INTO specializations (name) VALUES (?)").param(name).update();
        long specialization = jdbc.sql("SELECT specialization_id FROM specializations WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE doctors SET specialization_id = ? WHERE doctor_id = ?")
                .params(specialization, doctor.doctorId())
                .update();
        fixture.doctor(family); // a second doctor of the same name, in general practice
        SignIn.as(patientUser, Roles.PATIENT);
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(view).name(family);
        assertThat(screen.cards()).hasSize(2);
        assertThat(screen.texts().specializations())
                .contains(new DoctorDirectoryView.Option("" + specialization, name));

        screen.specialization("" + specialization);

        assertThat(screen.cards()).extracting(DoctorCards.Card::doctorId).containsExactly(doctor.doctorId());
        assertThat(screen.filtersButton()).isEqualTo("Filters (1)");
        screen.specialization("");
        assertThat(screen.cards()).hasSize(2);
    }

    @Test
    void theWholeCardLeadsToTheDoctorAndThePageNamesItselfInTheTopBar() {
        fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 30));
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(view).name(family);

        assertThat(screen.cards())
                .singleElement()
                .extracting(DoctorCards.Card::href)
                .as("the card's link (drawn over the whole card in the browser) leads to the doctor's page")
                .isEqualTo("doctors/" + doctor.doctorId());
        assertThat(view.getElement().getTag()).isEqualTo("praxis-directory");
        assertThat(screen.texts().heading()).isEqualTo("Find a doctor");
        assertThat(app.praxis.base.ui.MenuOnScreen.heading()).isEqualTo("Find a doctor");
    }

    /**
     * Issue 18: the whole page is one element (filters, cards, "Show more"), so the directory keeps the layout's
     * nodes and one of its own (round 7: 70 per session in the heap dumps, the home page's 12 included).
     */
    @Test
    void theDirectoryKeepsOneNodeAboveTheLayout() {
        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        new DirectoryOnScreen(view).name(family).maxFee("-1").maxFee("");

        int page = nodes(view);
        int whole = nodes(UI.getCurrent());
        System.out.printf("directory nodes: whole UI %d, the page %d%n", whole, page);
        assertThat(page).isEqualTo(1);
        assertThat(whole).isLessThanOrEqualTo(10);
    }

    private static int nodes(com.vaadin.flow.component.Component component) {
        int[] count = {0};
        component.getElement().getNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }
}
