package app.praxis.admin;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.PracticeTimeOffService;
import app.praxis.base.CsvExport;
import app.praxis.base.Texts;
import app.praxis.security.Roles;
import app.praxis.user.UserAccount;
import app.praxis.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of every account: search, filter, sort, page; activate and deactivate; export. */
@Service
public class UserAdminService {

    private final UserAdminRepository repository;
    private final UserService users;
    private final PracticeTimeOffService practice;
    private final Texts texts;

    UserAdminService(UserAdminRepository repository, UserService users, PracticeTimeOffService practice, Texts texts) {
        this.repository = repository;
        this.users = users;
        this.practice = practice;
        this.texts = texts;
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

    /**
     * A doctor's appointments still to come, soonest first, which deactivating them would keep or cancel (none
     * for other accounts).
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AppointmentRow> upcomingAppointments(long userId) {
        return repository.doctorIdOfUser(userId).map(practice::upcomingOf).orElse(List.of());
    }

    /**
     * Deactivates an account and decides what happens to a doctor's upcoming appointments: {@link
     * FutureAppointments#KEEP} leaves them booked; {@link FutureAppointments#CANCEL} cancels those the admin was
     * {@code shown} ({@link #upcomingAppointments}), each with {@code message} to its patient, as time off does
     * ({@link PracticeTimeOffService#cancelUpcoming}). One transaction: when anything is refused (the last admin,
     * a missing message, an appointment booked since the admin looked) nothing is deactivated or cancelled.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(Roles.ADMIN)
    public UserAccount deactivate(
            long userId, FutureAppointments choice, Collection<Long> shown, @Nullable String message) {
        UserAccount account = users.setActive(userId, false);
        Optional<Long> doctorId = repository.doctorIdOfUser(userId);
        if (choice == FutureAppointments.CANCEL && doctorId.isPresent()) {
            practice.cancelUpcoming(doctorId.get(), shown, message);
        }
        return account;
    }

    /** Every account the filters select, in the grid's order, as CSV (see {@link CsvExport}). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public void exportCsv(UserQuery query, UserSort sort, boolean ascending, OutputStream out) throws IOException {
        try (var csv = CsvExport.open(
                out,
                texts.get("admin.users.csv.id"),
                texts.get("admin.users.csv.firstName"),
                texts.get("admin.users.csv.lastName"),
                texts.get("admin.users.csv.email"),
                texts.get("admin.users.csv.phone"),
                texts.get("admin.users.csv.role"),
                texts.get("admin.users.csv.active"))) {
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
