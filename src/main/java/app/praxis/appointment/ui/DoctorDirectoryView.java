package app.praxis.appointment.ui;

import app.praxis.appointment.DirectoryQuery;
import app.praxis.appointment.DirectorySort;
import app.praxis.appointment.DoctorCard;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.availability.BookableSlot;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.AppLocale;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.SpecializationOption;
import app.praxis.security.Roles;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** Find a doctor: search, filters, sort; cards load a page at a time from the database. */
@Route("doctors")
@Menu(title = "Find a doctor", order = 1, icon = "vaadin:search")
@RolesAllowed(Roles.PATIENT)
class DoctorDirectoryView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final int NEXT_TIMES_PER_CARD = 3;

    final TextField name = new TextField(getTranslation("appointment.directory.name"));
    final ComboBox<SpecializationOption> specialization =
            new ComboBox<>(getTranslation("appointment.directory.specialization"));
    final BigDecimalField maxFee =
            AppLocale.numbers(new BigDecimalField(getTranslation("appointment.directory.maxFee")));
    final Select<DirectorySort> sort = new Select<>();
    final DoctorCards results = new DoctorCards("directory-results");
    final Span summary = new Span();
    /**
     * "More", made when a search first has more doctors than shown (issue 18: a hidden button was about 3 KB in
     * every open directory of a clinic whose doctors fit on one page).
     */
    @Nullable
    Button more;
    /** On a phone the filters fold away behind this button, which counts the ones in use. */
    final Button filtersToggle = new Button(getTranslation("appointment.directory.filters", 0));

    final Div filters;

    private final DoctorDirectory directory;
    private int pagesShown;

    DoctorDirectoryView(DoctorDirectory directory, DoctorService doctors) {
        this.directory = directory;
        setId("doctor-directory");
        addClassNames("praxis-page");
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        specialization.setItems(doctors.specializations());
        specialization.setItemLabelGenerator(SpecializationOption::name);
        specialization.setClearButtonVisible(true);
        maxFee.setClearButtonVisible(true);
        maxFee.setValueChangeMode(ValueChangeMode.LAZY);
        sort.setLabel(getTranslation("appointment.directory.sortBy"));
        sort.setItems(DirectorySort.values());
        sort.setItemLabelGenerator(s -> getTranslation(
                s == DirectorySort.RATING ? "appointment.directory.sortRating" : "appointment.directory.sortNextFree"));
        sort.setValue(DirectorySort.NEXT_FREE_SLOT);
        List<AbstractField<?, ?>> filterFields = List.of(name, specialization, maxFee, sort);
        filterFields.forEach(field -> {
            ((HasSize) field).setWidthFull();
            field.addValueChangeListener(event -> search());
        });
        // The name search stays in view; the other filters fold away on a phone.
        filters = new Div(specialization, maxFee, sort);
        filters.setId("directory-filters");
        filters.addClassNames("directory-filters");
        filtersToggle.setId("filters-toggle");
        filtersToggle.addClassNames("filters-toggle");
        filtersToggle.getElement().setAttribute("aria-controls", "directory-filters");
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(event -> {
            boolean open = !filters.hasClassName("filters-open");
            filters.setClassName("filters-open", open);
            filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        filters.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))")
                .set("gap", "var(--lumo-space-s)");
        summary.setId("directory-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("appointment.directory.heading")), name, filtersToggle, filters, summary, results);
        search();
    }

    private void search() {
        int active = activeFilters();
        filtersToggle.setText(getTranslation("appointment.directory.filters", active));
        results.show(List.of());
        maxFee.setInvalid(false);
        pagesShown = 0;
        showPage(0);
    }

    private void showPage(int page) {
        try {
            DirectoryQuery query = query();
            List<DoctorCard> cards = directory.search(query, PageRequest.of(page, PAGE_SIZE));
            Map<Long, List<BookableSlot>> next = directory.nextFreeSlots(
                    cards.stream().map(DoctorCard::doctorId).toList(), NEXT_TIMES_PER_CARD);
            results.append(cards.stream()
                    .map(card -> DoctorCards.card(card, next.getOrDefault(card.doctorId(), List.of())))
                    .toList());
            pagesShown = page + 1;
            long total = directory.count(query);
            summary.setText(getTranslation("appointment.directory.count", total));
            showMore((long) pagesShown * PAGE_SIZE < total);
        } catch (InvalidInputException refusal) {
            // No count of an earlier search over an empty list: the filter's message says what to fix.
            summary.setText("");
            showMore(false);
            ErrorDisplay.show(refusal, Map.of("maxFee", maxFee, "name", name));
        }
    }

    private void showMore(boolean shown) {
        if (shown && more == null) {
            Button button = new Button(getTranslation("appointment.directory.more"));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.addClickListener(event -> showPage(pagesShown));
            more = button;
            add(button);
        }
        if (more != null) {
            more.setVisible(shown);
        }
    }

    /** Whether "More" is on screen. */
    boolean moreShown() {
        return more != null && more.isVisible();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.directory.title");
    }

    /** The filters that narrow or reorder the list, beyond the name typed. */
    int activeFilters() {
        int active = 0;
        if (specialization.getValue() != null) {
            active++;
        }
        if (maxFee.getValue() != null || maxFee.isInvalid()) {
            active++;
        }
        if (sort.getValue() != DirectorySort.NEXT_FREE_SLOT) {
            active++;
        }
        return active;
    }

    private DirectoryQuery query() {
        SpecializationOption chosen = specialization.getValue();
        return new DirectoryQuery(
                name.getValue(), chosen == null ? null : chosen.id(), maxFee.getValue(), sort.getValue());
    }
}
