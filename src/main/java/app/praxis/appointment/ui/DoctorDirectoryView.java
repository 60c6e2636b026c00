package app.praxis.appointment.ui;

import app.praxis.appointment.DirectoryQuery;
import app.praxis.appointment.DirectorySort;
import app.praxis.appointment.DoctorCard;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.base.InvalidInputException;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/** Find a doctor: search, filters, sort; cards load a page at a time from the database. */
@Route("doctors")
@PageTitle("Find a doctor · Praxis")
@Menu(title = "Find a doctor", order = 1, icon = "vaadin:search")
@RolesAllowed(Roles.PATIENT)
class DoctorDirectoryView extends Main {

    static final int PAGE_SIZE = 20;

    final TextField name = new TextField("Name");
    final ComboBox<SpecializationOption> specialization = new ComboBox<>("Specialization");
    final BigDecimalField maxFee = new BigDecimalField("Maximum fee (€)");
    final Select<DirectorySort> sort = new Select<>();
    final Div results = new Div();
    final Span summary = new Span();
    final Button more = new Button("Show more");

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
        sort.setLabel("Sort by");
        sort.setItems(DirectorySort.values());
        sort.setItemLabelGenerator(s -> s == DirectorySort.RATING ? "Rating" : "Next free time");
        sort.setValue(DirectorySort.NEXT_FREE_SLOT);
        List<AbstractField<?, ?>> filterFields = List.of(name, specialization, maxFee, sort);
        filterFields.forEach(field -> {
            ((HasSize) field).setWidthFull();
            field.addValueChangeListener(event -> search());
        });
        var filters = new Div(name, specialization, maxFee, sort);
        filters.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))")
                .set("gap", "var(--lumo-space-s)");
        results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(event -> showPage(pagesShown));
        add(new H2("Find a doctor"), filters, summary, results, more);
        search();
    }

    private void search() {
        results.removeAll();
        maxFee.setInvalid(false);
        pagesShown = 0;
        showPage(0);
    }

    private void showPage(int page) {
        try {
            DirectoryQuery query = query();
            List<DoctorCard> cards = directory.search(query, PageRequest.of(page, PAGE_SIZE));
            cards.forEach(card -> results.add(new DoctorCardView(card)));
            pagesShown = page + 1;
            long total = directory.count(query);
            summary.setText(total == 1 ? "1 doctor" : total + " doctors");
            more.setVisible((long) pagesShown * PAGE_SIZE < total);
        } catch (InvalidInputException refusal) {
            ErrorDisplay.show(refusal, Map.of("maxFee", maxFee, "name", name));
        }
    }

    private DirectoryQuery query() {
        SpecializationOption chosen = specialization.getValue();
        return new DirectoryQuery(
                name.getValue(), chosen == null ? null : chosen.id(), maxFee.getValue(), sort.getValue());
    }
}
