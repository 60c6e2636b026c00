package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.admin.UserRow;
import app.praxis.patient.PatientService;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Autowired
    JdbcClient jdbc;

    String family;
    long anna;

    @BeforeEach
    void threePatients() {
        // letters only: three digits in the search would also match phone numbers
        family = "Grid" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
        anna = patients.register(TestAccounts.newAccount("Anna", family)).userId();
        patients.register(TestAccounts.newAccount("Bert", family));
        patients.register(TestAccounts.newAccount("Carl", family));
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminSearchesFiltersSortsAndDownloadsExactlyTheRowsShown() throws Exception {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));

        view.search.setValue(family);
        view.role.setValue(Role.PATIENT);
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("EMAIL"), SortDirection.DESCENDING)));

        // as the grid asks the database: its filters and its sort order
        var sorting = view.grid.getDataCommunicator().getBackEndSorting();
        assertThat(sorting).extracting(QuerySortOrder::getSorted).containsExactly("EMAIL");
        List<String> shown = view.grid
                .getDataProvider()
                .fetch(new Query<>(0, 50, sorting, null, null))
                .map(row -> ((UserRow) row).email())
                .toList();
        assertThat(shown).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(view.rowCount.getText()).isEqualTo("3 accounts");
        var out = new ByteArrayOutputStream();
        view.writeCsv(out);
        List<String> csv = new String(out.toByteArray(), StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .toList();
        assertThat(csv).hasSize(3);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(csv.get(i)).contains("," + shown.get(i) + ",");
        }

        view.role.setValue(Role.DOCTOR);
        assertThat(view.rowCount.getText()).isEqualTo("0 accounts");
    }

    @Test
    void deactivatingAsksFirstThenTheAccountIsDeactivated() {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        view.search.setValue(family);
        UserRow row = view.grid
                .getDataProvider()
                .fetch(new Query<>())
                .map(UserRow.class::cast)
                .filter(r -> r.id() == anna)
                .findFirst()
                .orElseThrow();

        view.confirm(row);
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(isActive(anna)).isTrue();
        test(dialog).confirm();

        assertThat(isActive(anna)).isFalse();
        view.activity.setValue(UsersView.Activity.DEACTIVATED);
        assertThat(view.rowCount.getText()).isEqualTo("1 account");
    }

    private boolean isActive(long userId) {
        return jdbc.sql("SELECT is_active FROM users WHERE user_id = ?")
                .param(userId)
                .query(Boolean.class)
                .single();
    }
}
