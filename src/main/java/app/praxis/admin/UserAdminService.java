package app.praxis.admin;

import app.praxis.base.CsvExport;
import app.praxis.security.Roles;
import app.praxis.user.UserAccount;
import app.praxis.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of every account: search, filter, sort, page; activate and deactivate; export. */
@Service
public class UserAdminService {

    private final UserAdminRepository repository;
    private final UserService users;

    UserAdminService(UserAdminRepository repository, UserService users) {
        this.repository = repository;
        this.users = users;
    }

    /** One page of the filtered accounts, sorted in the database (ties broken by id, so pages never overlap). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Stream<UserRow> search(UserQuery query, UserSort sort, boolean ascending, long offset, int limit) {
        return repository.find(query, sort, ascending, offset, limit).toList().stream();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long count(UserQuery query) {
        return repository.count(query);
    }

    /**
     * Activates or deactivates an account. A deactivated account cannot sign in; the last active admin and the
     * caller's own account cannot be deactivated (refused as {@code InvalidInputException} on "active").
     */
    @RolesAllowed(Roles.ADMIN)
    public UserAccount setActive(long userId, boolean active) {
        return users.setActive(userId, active);
    }

    /** Every account the filters select, in the grid's order, as CSV (see {@link CsvExport}). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public void exportCsv(UserQuery query, UserSort sort, boolean ascending, OutputStream out) throws IOException {
        try (var csv = CsvExport.open(out, "Id", "First name", "Last name", "E-mail", "Phone", "Role", "Active")) {
            repository.forEach(
                    query,
                    sort,
                    ascending,
                    row -> csv.row(
                            row.id(),
                            row.firstName(),
                            row.lastName(),
                            row.email(),
                            row.phone(),
                            row.role().name(),
                            row.active() ? "yes" : "no"));
        }
    }
}
