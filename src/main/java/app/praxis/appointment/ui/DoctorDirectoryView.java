package app.praxis.appointment.ui;

import app.praxis.appointment.DirectoryQuery;
import app.praxis.appointment.DirectorySort;
import app.praxis.appointment.DoctorCard;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.availability.BookableSlot;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.SpecializationOption;
import app.praxis.security.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Find a doctor: search, filters, sort; cards load a page at a time from the database. The whole page is one
 * element drawn in the browser ({@code frontend/appointments/praxis-directory.js}): the name search, the
 * specialization list, the maximum fee, the sort, the phone's filter toggle, the cards and "Show more" (issue 18:
 * as Vaadin components the filters alone were ≈ 22 KB per open directory). The element sends all filters in one
 * call, {@link #search}, which this view checks before it searches: an unknown specialization or sort does nothing,
 * the fee is read in the page's language and the service's rules, and each message comes back to be shown next to
 * its field.
 */
@Route("doctors")
@Menu(title = "Find a doctor", order = 1, icon = "vaadin:search")
@RolesAllowed(Roles.PATIENT)
@Tag("praxis-directory")
@JsModule("./appointments/praxis-directory.js")
class DoctorDirectoryView extends Component implements HasDynamicTitle, HasStyle {

    static final int PAGE_SIZE = 20;
    static final int NEXT_TIMES_PER_CARD = 3;

    /** A plain amount: digits, at most one decimal separator (already turned into a point), a sign for the rule. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,9}(\\.\\d{1,4})?");

    /** An option of a list: what the browser sends back, and what it shows. */
    record Option(String value, String label) {}

    /** The element's constant texts and options, sent once. */
    record Texts(
            String heading,
            String name,
            String specialization,
            String maxFee,
            String sortBy,
            String more,
            List<Option> specializations,
            List<Option> sorts,
            String sort,
            DoctorCards.Patterns cards) {}

    /** What the element shows beside the cards: the phone's toggle, the count, the fields' messages, "Show more". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record State(
            String filters,
            String summary,
            @Nullable String nameError,
            @Nullable String feeError,
            boolean more) {}

    private final DoctorDirectory directory;
    /** The specializations the list offered: any other value sent back is refused. */
    private final long[] offered;

    private DirectoryQuery query = DirectoryQuery.all();
    /** The fee was typed but could not be used (not an amount, or refused): it still counts as a filter in use. */
    private boolean feeRefused;

    private int pagesShown;

    DoctorDirectoryView(DoctorDirectory directory, DoctorService doctors) {
        this.directory = directory;
        setId("doctor-directory");
        addClassNames("praxis-page");
        List<SpecializationOption> specializations = doctors.specializations();
        offered = specializations.stream().mapToLong(SpecializationOption::id).toArray();
        Texts texts = new Texts(
                getTranslation("appointment.directory.heading"),
                getTranslation("appointment.directory.name"),
                getTranslation("appointment.directory.specialization"),
                getTranslation("appointment.directory.maxFee"),
                getTranslation("appointment.directory.sortBy"),
                getTranslation("appointment.directory.more"),
                specializations.stream()
                        .map(option -> new Option(String.valueOf(option.id()), option.name()))
                        .toList(),
                Arrays.stream(DirectorySort.values())
                        .map(sort -> new Option(
                                sort.name(),
                                getTranslation(
                                        sort == DirectorySort.RATING
                                                ? "appointment.directory.sortRating"
                                                : "appointment.directory.sortNextFree")))
                        .toList(),
                DirectorySort.NEXT_FREE_SLOT.name(),
                DoctorCards.Patterns.current());
        getElement().setProperty("texts", DoctorCards.JSON.writeValueAsString(texts));
        show(List.of(), null, null, false);
        showPage(0);
    }

    /**
     * The element's filters, all at once, as typed or chosen: the name, a specialization's id (or empty), the
     * maximum fee as typed (or empty), a sort's name. A specialization or sort the page did not offer does nothing.
     */
    @ClientCallable
    void search(String name, String specialization, String maxFee, String sort) {
        @Nullable Long specializationId = specialization.isBlank() ? null : offeredId(specialization);
        @Nullable DirectorySort order = sort(sort);
        if ((!specialization.isBlank() && specializationId == null) || order == null) {
            return;
        }
        pagesShown = 0;
        String fee = maxFee.strip();
        @Nullable BigDecimal amount = fee.isEmpty() ? null : amount(fee);
        query = new DirectoryQuery(name, specializationId, amount, order);
        feeRefused = !fee.isEmpty() && amount == null;
        if (feeRefused) {
            // Not an amount: nothing is searched, the message says what to type.
            show(List.of(), null, getTranslation("appointment.directory.feeNotAmount"), false);
            return;
        }
        show(List.of(), null, null, false);
        showPage(0);
    }

    /** "Show more": the next page of the search shown, below the cards. */
    @ClientCallable
    void more() {
        if (pagesShown > 0 && state().more()) {
            showPage(pagesShown);
        }
    }

    private void showPage(int page) {
        try {
            List<DoctorCard> found = directory.search(query, PageRequest.of(page, PAGE_SIZE));
            Map<Long, List<BookableSlot>> next = directory.nextFreeSlots(
                    found.stream().map(DoctorCard::doctorId).toList(), NEXT_TIMES_PER_CARD);
            var cards = new ArrayList<>(page == 0 ? List.<DoctorCards.Sent>of() : sent());
            found.forEach(card -> cards.add(DoctorCards.card(card, next.getOrDefault(card.doctorId(), List.of()))));
            pagesShown = page + 1;
            long total = directory.count(query);
            getElement().setProperty("cards", DoctorCards.json(cards));
            setState(
                    getTranslation("appointment.directory.count", total),
                    null,
                    null,
                    (long) pagesShown * PAGE_SIZE < total);
        } catch (InvalidInputException refusal) {
            // No count of an earlier search over an empty list: the filter's message says what to fix.
            feeRefused = refusal.fieldErrors().containsKey("maxFee");
            show(
                    List.of(),
                    refusal.fieldErrors().get("name"),
                    refusal.fieldErrors().get("maxFee"),
                    false);
            refusal.fieldErrors().entrySet().stream()
                    .filter(error ->
                            !error.getKey().equals("name") && !error.getKey().equals("maxFee"))
                    .forEach(error -> ErrorDisplay.error(error.getValue()));
        }
    }

    /** Cards (none: the list emptied while a search runs or after a refusal) and the state without a count. */
    private void show(
            List<DoctorCards.Sent> cards, @Nullable String nameError, @Nullable String feeError, boolean more) {
        getElement().setProperty("cards", DoctorCards.json(cards));
        setState("", nameError, feeError, more);
    }

    private void setState(String summary, @Nullable String nameError, @Nullable String feeError, boolean more) {
        State state = new State(
                getTranslation("appointment.directory.filters", activeFilters()), summary, nameError, feeError, more);
        getElement().setProperty("state", DoctorCards.JSON.writeValueAsString(state));
    }

    /** The cards as sent to the browser. */
    private List<DoctorCards.Sent> sent() {
        return DoctorCards.read(getElement().getProperty("cards", "[]"));
    }

    /** The cards shown, read back from what was sent to the browser and composed as the browser composes them. */
    List<DoctorCards.Card> cards() {
        DoctorCards.Patterns patterns = texts().cards();
        return sent().stream().map(card -> DoctorCards.shown(card, patterns)).toList();
    }

    /** The phone's toggle text, the count, the fields' messages and "Show more", as sent to the browser. */
    State state() {
        return DoctorCards.JSON.readValue(getElement().getProperty("state", "{}"), State.class);
    }

    /** The labels and options, as sent to the browser. */
    Texts texts() {
        return DoctorCards.JSON.readValue(getElement().getProperty("texts", "{}"), Texts.class);
    }

    /** Whether "More" is on screen. */
    boolean moreShown() {
        return state().more();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.directory.title");
    }

    /** The filters that narrow or reorder the list, beyond the name typed. */
    int activeFilters() {
        int active = 0;
        if (query.specializationId() != null) {
            active++;
        }
        if (query.maxFee() != null || feeRefused) {
            active++;
        }
        if (query.sort() != DirectorySort.NEXT_FREE_SLOT) {
            active++;
        }
        return active;
    }

    private @Nullable Long offeredId(String value) {
        try {
            long id = Long.parseLong(value);
            return Arrays.stream(offered).anyMatch(offer -> offer == id) ? id : null;
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private static @Nullable DirectorySort sort(String value) {
        return Arrays.stream(DirectorySort.values())
                .filter(sort -> sort.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    /** The fee as typed in the page's language ({@code 60,5} in German, {@code 60.5} in English); null if none. */
    private @Nullable BigDecimal amount(String typed) {
        char separator = DecimalFormatSymbols.getInstance(getLocale()).getDecimalSeparator();
        if (separator != '.' && typed.indexOf('.') >= 0) {
            return null; // a thousands point in German: not read as a decimal one
        }
        String plain = typed.replace(separator, '.');
        return AMOUNT.matcher(plain).matches() ? new BigDecimal(plain) : null;
    }
}
