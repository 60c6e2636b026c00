package app.praxis.admin.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.FieldErrors;
import app.praxis.doctor.SpecializationForm;
import app.praxis.doctor.SpecializationRow;
import app.praxis.doctor.SpecializationService;
import app.praxis.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The clinic's specializations: add one, pick one to rename or describe it, delete one no doctor has. */
@Route("admin/specializations")
@Menu(title = "Specializations", order = 5, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.ADMIN)
class SpecializationsView extends Main implements HasDynamicTitle {

    final TextField name = new TextField(getTranslation("admin.specializations.name"));
    final TextArea description = new TextArea(getTranslation("admin.specializations.description"));
    final Button save = new Button(getTranslation("admin.specializations.add"));
    final Button cancel = new Button(getTranslation("admin.cancel"));
    final Button delete = new Button(getTranslation("admin.specializations.delete"));
    final H3 formTitle = new H3(getTranslation("admin.specializations.new"));
    final Paragraph message = new Paragraph();
    final Grid<SpecializationRow> grid = new Grid<>(SpecializationRow.class, false);

    private final SpecializationService specializations;
    private @Nullable SpecializationRow editing;

    SpecializationsView(SpecializationService specializations) {
        this.specializations = specializations;
        setId("admin-specializations");
        addClassNames("praxis-page");
        name.setRequired(true);
        name.setMaxLength(100);
        name.setWidthFull();
        description.setMaxLength(2000);
        description.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.addClickListener(event -> edit(null));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(event -> delete());
        message.setId("specialization-message");
        var buttons = new Div(save, cancel, delete);
        buttons.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap");
        var form = new Div(formTitle, name, description, buttons, message);
        form.addClassName("praxis-form");
        form.getStyle().set("padding", "0");

        grid.setId("specializations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SpecializationRow::name)
                .setHeader(getTranslation("admin.specializations.name"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> row.description() == null ? "" : row.description())
                .setHeader(getTranslation("admin.specializations.description"))
                .setFlexGrow(1);
        grid.addColumn(SpecializationRow::doctors)
                .setHeader(getTranslation("admin.specializations.doctors"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("admin.specializations.title")), form, grid);
        edit(null);
        reload();
    }

    /** Fills the form with a specialization to change, or empties it for a new one. */
    void edit(@Nullable SpecializationRow row) {
        editing = row;
        name.setInvalid(false);
        description.setInvalid(false);
        name.setValue(row == null ? "" : row.name());
        description.setValue(row == null || row.description() == null ? "" : row.description());
        formTitle.setText(
                row == null
                        ? getTranslation("admin.specializations.new")
                        : getTranslation("admin.specializations.change", row.name()));
        save.setText(getTranslation(row == null ? "admin.specializations.add" : "admin.specializations.saveChanges"));
        cancel.setVisible(row != null);
        delete.setVisible(row != null);
        if (row == null && grid.asSingleSelect().getValue() != null) {
            grid.asSingleSelect().clear();
        }
    }

    void save() {
        var form = new SpecializationForm(name.getValue(), description.getValue());
        try {
            SpecializationRow saved =
                    editing == null ? specializations.add(form) : specializations.update(editing.id(), form);
            message.setText(getTranslation(
                    editing == null ? "admin.specializations.added" : "admin.specializations.saved", saved.name()));
            edit(null);
            reload();
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused.fieldErrors(), Map.of("name", name, "description", description));
        }
    }

    void delete() {
        if (editing == null) {
            return;
        }
        try {
            specializations.delete(editing.id());
            message.setText(getTranslation("admin.specializations.deleted", editing.name()));
            edit(null);
            reload();
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused.fieldErrors(), Map.of("name", name, "description", description));
        }
    }

    private void reload() {
        grid.setItems(specializations.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.specializations.pageTitle");
    }
}
