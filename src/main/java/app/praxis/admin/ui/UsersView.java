package app.praxis.admin.ui;

import app.praxis.admin.UserAdminService;
import app.praxis.admin.UserQuery;
import app.praxis.admin.UserRow;
import app.praxis.admin.UserSort;
import app.praxis.appointment.Bookability;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.CsvDownload;
import app.praxis.doctor.DoctorService;
import app.praxis.security.Roles;
import app.praxis.user.AccountService;
import app.praxis.user.Role;
import app.praxis.user.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every account, for admins: search, filters, sorting, paged by the database; (de)activation after a question. */
@Route("admin/users")
@Menu(title = "Users", order = 4, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main implements HasDynamicTitle {

    /** The "active" filter's choices: any, active only, deactivated only (texts: admin.users.activity.*). */
    enum Activity {
        ANY,
        ACTIVE,
        DEACTIVATED
    }

    final TextField search = new TextField(getTranslation("admin.search"));
    final Select<Role> role = new Select<>();
    final Select<Activity> activity = new Select<>();
    final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    final Span rowCount = new Span();
    final Anchor download;

    private final UserAdminService users;
    private final DoctorDirectory directory;
    /** Whether patients can book each doctor of the pages shown, by user id: read once per page (one query). */
    private final Map<Long, Bookability> bookability = new HashMap<>();

    final StaffActions staffActions;

    UsersView(
            UserAdminService users,
            DoctorService doctors,
            UserService userService,
            AccountService accounts,
            DoctorDirectory directory) {
        this.users = users;
        this.directory = directory;
        this.staffActions = new StaffActions(doctors, userService, accounts, this::refresh);
        setId("admin-users");
        addClassNames("praxis-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        search.setPlaceholder(getTranslation("admin.users.searchPlaceholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("admin.any"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("admin.any") : label(r));
        activity.setLabel(getTranslation("admin.status"));
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(a -> getTranslation("admin.users.activity." + a.name()));
        activity.setValue(Activity.ANY);
        search.addValueChangeListener(event -> refresh());
        role.addValueChangeListener(event -> refresh());
        activity.addValueChangeListener(event -> refresh());
        search.setWidthFull();
        role.setWidthFull();
        activity.setWidthFull();
        var filters = new Div(search, role, activity);
        filters.addClassName("dashboard-filters");
        download = CsvDownload.anchor(getTranslation("admin.downloadCsv"), "users.csv", this::writeCsv);
        rowCount.setId("users-count");
        var summary = new Div(rowCount, download);
        summary.addClassName("grid-summary");
        configureGrid();
        add(new H2(getTranslation("admin.users.title")), staffActions, filters, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addColumn(UserRow::fullName)
                .setHeader(getTranslation("admin.users.name"))
                .setKey(UserSort.NAME.name())
                .setSortProperty(UserSort.NAME.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserRow::email)
                .setHeader(getTranslation("admin.users.email"))
                .setKey(UserSort.EMAIL.name())
                .setSortProperty(UserSort.EMAIL.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserRow::phone)
                .setHeader(getTranslation("admin.users.phone"))
                .setKey(UserSort.PHONE.name())
                .setSortProperty(UserSort.PHONE.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> label(row.role()))
                .setHeader(getTranslation("admin.users.role"))
                .setKey(UserSort.ROLE.name())
                .setSortProperty(UserSort.ROLE.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.active() ? "admin.users.active" : "admin.users.deactivated"))
                .setHeader(getTranslation("admin.status"))
                .setKey(UserSort.ACTIVE.name())
                .setSortProperty(UserSort.ACTIVE.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::bookabilityBadge)
                .setHeader(getTranslation("admin.users.bookability"))
                .setKey("bookability")
                .setAutoWidth(true);
        grid.addComponentColumn(this::activationButton).setHeader("").setAutoWidth(true);
        grid.addComponentColumn(this::detailsLink).setHeader("").setAutoWidth(true);
        grid.addComponentColumn(row ->
                        row.role() == Role.PATIENT ? new Span() : staffActions.resendButton(row.id(), row.fullName()))
                .setHeader("")
                .setAutoWidth(true);
        grid.setItems(
                query -> withBookability(users.search(
                                        query(),
                                        sort(query.getSortOrders()),
                                        ascending(query.getSortOrders()),
                                        query.getOffset(),
                                        query.getLimit())
                                .toList())
                        .stream(),
                query -> (int) users.count(query()));
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex", "1");
    }

    /** The page's rows, after reading whether patients can book each of its doctors (one query for the page). */
    private List<UserRow> withBookability(List<UserRow> page) {
        List<Long> doctorIds = page.stream()
                .filter(row -> row.role() == Role.DOCTOR)
                .map(UserRow::id)
                .toList();
        if (!doctorIds.isEmpty()) {
            bookability.putAll(directory.bookabilityOfUsers(doctorIds));
        }
        return page;
    }

    /** For a doctor: "Yes", or the first reason patients cannot book them (the full explanation as its title). */
    Component bookabilityBadge(UserRow row) {
        Bookability answer = row.role() == Role.DOCTOR ? bookability.get(row.id()) : null;
        if (answer == null) {
            return new Span();
        }
        var badge = new Span(getTranslation(
                answer.bookable() ? "admin.users.bookable" : answer.state().textKey()));
        badge.setTitle(answer.explanation());
        badge.addClassName("bookability");
        badge.getElement().getThemeList().add(answer.bookable() ? "badge success" : "badge error");
        return badge;
    }

    private Button activationButton(UserRow row) {
        var button = new Button(
                getTranslation(row.active() ? "admin.users.deactivate" : "admin.users.activate"),
                event -> confirm(row));
        button.addClassName(row.active() ? "deactivate" : "activate");
        if (row.active()) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return button;
    }

    void confirm(UserRow row) {
        if (row.active() && row.role() == Role.DOCTOR) {
            new DeactivateDoctorDialog(row, users, this::refresh).open();
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(
                row.active() ? "admin.users.deactivateQuestion" : "admin.users.activateQuestion", row.fullName()));
        dialog.setText(getTranslation(row.active() ? "admin.users.deactivateText" : "admin.users.activateText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation(row.active() ? "admin.users.deactivate" : "admin.users.activate"));
        if (row.active()) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> setActive(row, !row.active()));
        dialog.open();
    }

    private void setActive(UserRow row, boolean active) {
        try {
            users.setActive(row.id(), active);
            Notification.show(getTranslation(
                            active ? "admin.users.activated" : "admin.users.deactivatedDone", row.fullName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            Notification.show(String.join(" ", refused.fieldErrors().values()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        bookability.clear();
        grid.getDataProvider().refreshAll();
        long count = users.count(query());
        rowCount.setText(getTranslation("admin.users.count", count));
    }

    UserQuery query() {
        Boolean active =
                switch (activity.getValue() == null ? Activity.ANY : activity.getValue()) {
                    case ANY -> null;
                    case ACTIVE -> true;
                    case DEACTIVATED -> false;
                };
        return new UserQuery(search.getValue(), role.getValue(), active);
    }

    /** The grid's sort, or by name. */
    UserSort currentSort() {
        return sort(grid.getSortOrder().stream()
                .map(order -> new QuerySortOrder(order.getSorted().getKey(), order.getDirection()))
                .toList());
    }

    boolean currentAscending() {
        List<GridSortOrder<UserRow>> orders = grid.getSortOrder();
        return orders.isEmpty() || orders.getFirst().getDirection() == SortDirection.ASCENDING;
    }

    /** Exactly the rows the filters select, in the grid's order. */
    void writeCsv(OutputStream out) throws IOException {
        users.exportCsv(query(), currentSort(), currentAscending(), out);
    }

    private static UserSort sort(List<QuerySortOrder> orders) {
        return orders.isEmpty()
                ? UserSort.NAME
                : UserSort.valueOf(orders.getFirst().getSorted());
    }

    private static boolean ascending(List<QuerySortOrder> orders) {
        return orders.isEmpty() || orders.getFirst().getDirection() == SortDirection.ASCENDING;
    }

    private String label(Role role) {
        return getTranslation("admin.role." + role.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.pageTitle");
    }

    /** A patient's or doctor's details open on their feature's admin page (by path: those features sit below). */
    private Component detailsLink(UserRow row) {
        String path =
                switch (row.role()) {
                    case PATIENT -> "admin/patients/" + row.id();
                    case DOCTOR -> "admin/doctors/" + row.id();
                    case ADMIN -> "";
                };
        if (path.isEmpty()) {
            return new Span();
        }
        var link = new Anchor(path, getTranslation("admin.users.details"));
        link.addClassName("user-details");
        return link;
    }
}
