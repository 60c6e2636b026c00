package app.praxis.admin;

import app.praxis.base.ClinicProperties;
import app.praxis.base.CsvExport;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
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
    private final Texts texts;

    AuditLogService(AuditLogRepository repository, ClinicProperties clinic, Texts texts) {
        this.repository = repository;
        this.clinic = clinic;
        this.texts = texts;
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
                texts.get("admin.audit.csv.id"),
                texts.get("admin.audit.csv.time"),
                texts.get("admin.audit.csv.personId"),
                texts.get("admin.audit.csv.person"),
                texts.get("admin.audit.csv.role"),
                texts.get("admin.audit.csv.action"),
                texts.get("admin.audit.csv.patientId"),
                texts.get("admin.audit.csv.patient"),
                texts.get("admin.audit.csv.object"),
                texts.get("admin.audit.csv.objectId"),
                texts.get("admin.audit.csv.address"))) {
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

    private void check(AuditQuery query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", texts.get("admin.audit.error.endBeforeStart"));
        }
        if (query.person() != null && query.person().length() > MAX_FILTER_LENGTH) {
            throw new InvalidInputException("person", texts.get("admin.audit.error.tooLong", MAX_FILTER_LENGTH));
        }
        if (query.patient() != null && query.patient().length() > MAX_FILTER_LENGTH) {
            throw new InvalidInputException("patient", texts.get("admin.audit.error.tooLong", MAX_FILTER_LENGTH));
        }
    }
}
