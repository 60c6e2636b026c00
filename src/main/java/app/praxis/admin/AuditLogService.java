package app.praxis.admin;

import app.praxis.base.ClinicProperties;
import app.praxis.base.CsvExport;
import app.praxis.base.InvalidInputException;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of the audit trail: who saw or changed which patient's data; filter, page, export. */
@Service
public class AuditLogService {

    static final int MAX_FILTER_LENGTH = 100;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final AuditLogRepository repository;
    private final ClinicProperties clinic;

    AuditLogService(AuditLogRepository repository, ClinicProperties clinic) {
        this.repository = repository;
        this.clinic = clinic;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Stream<AuditRow> search(AuditQuery query, long offset, int limit) {
        check(query);
        return repository.find(query, clinic.timeZone(), offset, limit).toList().stream();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long count(AuditQuery query) {
        check(query);
        return repository.count(query, clinic.timeZone());
    }

    /** Every row the filters select, newest first, as CSV (times in the clinic's zone). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public void exportCsv(AuditQuery query, OutputStream out) throws IOException {
        check(query);
        try (var csv = CsvExport.open(
                out,
                "Id",
                "Time",
                "Person id",
                "Person",
                "Role",
                "Action",
                "Patient id",
                "Patient",
                "Object",
                "Object id",
                "Address")) {
            repository.forEach(
                    query,
                    clinic.timeZone(),
                    row -> csv.row(
                            row.id(),
                            CSV_TIME.format(row.at().atZone(clinic.timeZone()).toLocalDateTime()),
                            row.actorUserId(),
                            row.actorName(),
                            row.actorRole(),
                            row.action().name(),
                            row.patientUserId(),
                            row.patientName(),
                            row.objectType(),
                            row.objectId(),
                            row.clientAddress()));
        }
    }

    private static void check(AuditQuery query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "The end date must not be before the start date.");
        }
        if (query.person() != null && query.person().length() > MAX_FILTER_LENGTH) {
            throw new InvalidInputException("person", "At most " + MAX_FILTER_LENGTH + " characters.");
        }
        if (query.patient() != null && query.patient().length() > MAX_FILTER_LENGTH) {
            throw new InvalidInputException("patient", "At most " + MAX_FILTER_LENGTH + " characters.");
        }
    }
}
