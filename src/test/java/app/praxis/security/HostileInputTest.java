package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.praxis.admin.AuditLogService;
import app.praxis.admin.AuditQuery;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.chat.ChatService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientService;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.NewPayment;
import app.praxis.payment.PaymentFixture;
import app.praxis.payment.PaymentMethod;
import app.praxis.payment.PaymentService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.NewAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * What an attacker types into every form, at the services (the guard; views only help): overlong text, control
 * and bidirectional characters, scripts and SQL where they do not belong, impossible values, other people's ids.
 * Each case must be refused with a clear message on the right field (or "not found" for a foreign id) and leave
 * every table as it was. Scripts and SQL that are legal text (a reason may mention "<script>") are stored as inert
 * text: the last test shows they come back verbatim and that no table was harmed.
 */
@IntegrationTest
class HostileInputTest {

    private static final String[] TABLES = {
        "users",
        "patients",
        "appointments",
        "appointment_reschedules",
        "chat_messages",
        "payment_history",
        "audit_events"
    };

    @Autowired
    PatientService patients;

    @Autowired
    BookingService booking;

    @Autowired
    ChatService chat;

    @Autowired
    PaymentService payments;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture paymentFixture;

    @Autowired
    JdbcClient jdbc;

    /** name → (action, field that must carry the message, words the message must contain) */
    private record Case(String name, Action action, String field, String says) {}

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyHostileInputIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        DoctorSummary doctor = fixture.doctor("Hostile");
        PatientSummary patient = fixture.quickPatient("Hostile");
        PatientSummary other = fixture.quickPatient("Bystander");
        long slot = fixture.slot(doctor.doctorId(), 3, LocalTime.of(9, 0));
        long appointment = paymentFixture.booked(doctor, patient, 2);
        long othersAppointment = paymentFixture.booked(doctor, other, 4);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        long chatId = chat.chatWithPatient(patient.patientId());
        SignIn.out();

        var cases = new ArrayList<Case>();
        // registration: names
        for (String field : List.of("firstName", "lastName")) {
            String label = field.equals("firstName") ? "first name" : "last name";
            cases.add(register(field, "Eve\u202Elive", "text-direction character"));
            cases.add(register(field, "Eve\u2066x\u2069", "text-direction character"));
            cases.add(register(field, "Eve\u0000", "control character"));
            cases.add(register(field, "Eve\u0007", "control character"));
            cases.add(register(field, "Eve\u001B[31m", "control character"));
            cases.add(register(field, "Eve\u0085", "control character"));
            cases.add(register(field, "Eve\r\nBcc: x@y.z", "control character"));
            cases.add(register(field, "E".repeat(101), "At most 100"));
            cases.add(register(field, "", "Enter a " + label));
            cases.add(register(field, "   ", "Enter a " + label));
        }
        // registration: e-mail
        cases.add(register("email", "not-an-email", "valid e-mail"));
        cases.add(register("email", "' OR 1=1 --", "valid e-mail"));
        cases.add(register("email", "x'); DROP TABLE users; --@example.org", "valid e-mail"));
        cases.add(register("email", "<script>alert(1)</script>@example.org", "valid e-mail"));
        cases.add(register("email", "a".repeat(250) + "@example.org", "255"));
        cases.add(register("email", "", "Enter your e-mail"));
        cases.add(register("email", "eve@example.org\nBcc: all@example.org", "valid e-mail"));
        // registration: phone
        cases.add(register("phone", "'; DROP TABLE users; --", "valid phone"));
        cases.add(register("phone", "<script>", "valid phone"));
        cases.add(register("phone", "1".repeat(40), "valid phone"));
        cases.add(register("phone", "abc", "valid phone"));
        cases.add(register("phone", "", "Enter a phone"));
        // registration: password and date of birth
        cases.add(register("password", "short", "12 to 128"));
        cases.add(register("password", "x".repeat(129), "12 to 128"));
        cases.add(register("password", " ".repeat(12), "only spaces"));
        cases.add(register("dateOfBirth", LocalDate.of(2999, 1, 1), "in the past"));
        cases.add(register("dateOfBirth", LocalDate.of(1800, 1, 1), "after 1900"));
        // booking, rescheduling, cancelling: reasons
        for (String reason : List.of("Pain\u202E", "Pain\u0000", "Pain\u0008", "R".repeat(1001), "", "  \t ")) {
            cases.add(new Case(
                    "book with " + describe(reason),
                    () -> asPatient(patient, () -> booking.book(slot, reason)),
                    "reason",
                    expected(reason)));
            cases.add(new Case(
                    "cancel with " + describe(reason),
                    () -> asPatient(patient, () -> booking.cancel(appointment, reason)),
                    "reason",
                    expected(reason)));
            cases.add(new Case(
                    "reschedule with " + describe(reason),
                    () -> asPatient(patient, () -> booking.reschedule(appointment, slot, reason)),
                    "reason",
                    expected(reason)));
        }
        // chat messages
        for (String text : List.of("Hi\u202E", "Hi\u2068", "Hi\u0000", "H\u001Fi", "M".repeat(4001), "", "   ")) {
            cases.add(new Case(
                    "message " + describe(text),
                    () -> asPatient(patient, () -> chat.send(chatId, text)),
                    "message",
                    text.isBlank() ? "Write a message" : text.length() > 4000 ? "at most 4000" : "invisible"));
        }
        // payments (as the doctor)
        cases.add(pay(doctor, appointment, new NewPayment(null, new BigDecimal("10.00"), null), "method", "how"));
        cases.add(
                pay(doctor, appointment, new NewPayment(PaymentMethod.CASH, new BigDecimal("-5"), null), "amount", ""));
        cases.add(pay(doctor, appointment, new NewPayment(PaymentMethod.CASH, BigDecimal.ZERO, null), "amount", ""));
        cases.add(pay(
                doctor, appointment, new NewPayment(PaymentMethod.CASH, new BigDecimal("1e9"), null), "amount", "fee"));
        cases.add(pay(
                doctor,
                appointment,
                new NewPayment(PaymentMethod.INSURANCE, BookingFixture.FEE, "AOK\u0000"),
                "policyNumber",
                "control character"));
        cases.add(pay(
                doctor,
                appointment,
                new NewPayment(PaymentMethod.INSURANCE, BookingFixture.FEE, "AOK\u202E1"),
                "policyNumber",
                "text-direction"));
        cases.add(pay(
                doctor,
                appointment,
                new NewPayment(PaymentMethod.INSURANCE, BookingFixture.FEE, "P".repeat(500)),
                "policyNumber",
                "characters"));
        cases.add(pay(
                doctor,
                appointment,
                new NewPayment(PaymentMethod.INSURANCE, BookingFixture.FEE, " "),
                "policyNumber",
                "policy number"));
        // the admin's audit filters
        cases.add(new Case(
                "audit filter overlong",
                () -> asAdmin(() -> auditLog.count(new AuditQuery("p".repeat(101), null, null, null, null))),
                "person",
                "At most 100"));
        cases.add(new Case(
                "audit filter dates reversed",
                () -> asAdmin(() -> auditLog.count(
                        new AuditQuery(null, null, null, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 1)))),
                "to",
                "end date"));
        // other people's ids
        cases.add(new Case(
                "cancel someone else's appointment",
                () -> asPatient(patient, () -> booking.cancel(othersAppointment, "mine now")),
                null,
                "No such appointment"));
        cases.add(new Case(
                "reschedule someone else's appointment",
                () -> asPatient(patient, () -> booking.reschedule(othersAppointment, slot, "mine now")),
                null,
                "No such appointment"));
        cases.add(new Case(
                "book a slot that does not exist",
                () -> asPatient(patient, () -> booking.book(Long.MAX_VALUE, "Check-up")),
                "slotId",
                "not offered"));
        cases.add(new Case(
                "read a chat that is not one's own",
                () -> asPatient(other, () -> chat.conversation(chatId)),
                null,
                ""));
        cases.add(new Case(
                "write into a chat that is not one's own",
                () -> asPatient(other, () -> chat.send(chatId, "hello")),
                null,
                ""));

        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        var failures = new ArrayList<String>();
        for (Case c : cases) {
            Map<String, Long> before = counts();
            Throwable thrown = catchThrowable(() -> c.action().run());
            Map<String, Long> after = counts();
            String problem = problemWith(c, thrown);
            if (problem != null) {
                failures.add(c.name() + ": " + problem);
            }
            if (!before.equals(after)) {
                failures.add(c.name() + ": stored something " + before + " → " + after);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void scriptsAndSqlThatAreLegalTextAreStoredVerbatimAndHarmNothing() {
        DoctorSummary doctor = fixture.doctor("Inert");
        PatientSummary patient = fixture.quickPatient("Inert");
        long slot = fixture.slot(doctor.doctorId(), 3, LocalTime.of(11, 0));
        String reason = "<script>alert('x')</script> '); DROP TABLE appointments; --";
        SignIn.as(patient.userId(), Roles.PATIENT);

        long id = booking.book(slot, reason);

        assertThat(jdbc.sql("SELECT reason_for_visit FROM appointments WHERE appointment_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(reason);
        assertThat(counts()).containsKeys(TABLES);
    }

    private Case register(String field, Object value, String says) {
        NewAccount valid = TestAccounts.newAccount("Hostile", "Registrant");
        NewAccount account = new NewAccount(
                field.equals("email") ? (String) value : valid.email(),
                field.equals("phone") ? (String) value : valid.phone(),
                field.equals("firstName") ? (String) value : valid.firstName(),
                field.equals("lastName") ? (String) value : valid.lastName(),
                field.equals("dateOfBirth") ? (LocalDate) value : valid.dateOfBirth(),
                null,
                field.equals("password") ? (String) value : valid.password());
        return new Case(
                "register " + field + " " + describe(String.valueOf(value)),
                () -> patients.register(account),
                field,
                says);
    }

    private Case pay(DoctorSummary doctor, long appointment, NewPayment payment, String field, String says) {
        return new Case(
                "pay " + payment,
                () -> {
                    SignIn.as(doctor.userId(), Roles.DOCTOR);
                    try {
                        payments.recordPayment(appointment, payment);
                    } finally {
                        SignIn.out();
                    }
                },
                field,
                says);
    }

    private static void asPatient(PatientSummary patient, Action action) throws Exception {
        SignIn.as(patient.userId(), Roles.PATIENT);
        try {
            action.run();
        } finally {
            SignIn.out();
        }
    }

    private static void asAdmin(Action action) throws Exception {
        SignIn.as(1, Roles.ADMIN);
        try {
            action.run();
        } finally {
            SignIn.out();
        }
    }

    private static String expected(String reason) {
        if (reason.isBlank()) {
            return "";
        }
        return reason.length() > 1000 ? "characters" : "invisible";
    }

    /** Null when the case was refused as it must be. */
    private static String problemWith(Case c, Throwable thrown) {
        if (thrown == null) {
            return "was accepted";
        }
        if (c.field() == null) {
            return thrown instanceof NotFoundException || thrown instanceof AccessDeniedException
                    ? (thrown.getMessage().contains(c.says()) ? null : "said " + thrown.getMessage())
                    : "threw " + thrown;
        }
        if (!(thrown instanceof InvalidInputException invalid)) {
            return "threw " + thrown;
        }
        String message = invalid.fieldErrors().get(c.field());
        if (message == null) {
            return "no message on " + c.field() + " but " + invalid.fieldErrors();
        }
        return message.contains(c.says()) ? null : "said \"" + message + "\"";
    }

    private Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String describe(String value) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
        var out = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20
                    || (cp >= 0x7F && cp <= 0x9F)
                    || (cp >= 0x2066 && cp <= 0x2069)
                    || (cp >= 0x202A && cp <= 0x202E)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return "\"" + out + "\"";
    }
}
