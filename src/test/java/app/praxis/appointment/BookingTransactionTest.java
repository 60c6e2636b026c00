package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.availability.BookableSlot;
import app.praxis.availability.SlotReservations;
import app.praxis.base.OutgoingMail;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking's transaction is a JDBC-only one (issue 18: no Hibernate session per booking), and the writes that must run
 * in their caller's transaction ({@code base.CallersTransaction}) work in it, refuse outside any, and roll back with
 * it: a booking that fails at its very end leaves no row of any table it writes.
 */
@IntegrationTest
class BookingTransactionTest {

    /** Every table a booking writes, but the outbox (see {@link #checksums()}). */
    private static final List<String> WRITTEN = List.of(
            "doctor_availability",
            "availability_daily_minutes",
            "appointments",
            "appointment_daily_counts",
            "appointment_day_totals",
            "appointment_first_visits",
            "appointment_doctor_first_visits",
            "audit_events",
            "payments",
            "payment_daily_revenue");

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    SlotReservations slots;

    @Autowired
    AuditTrail audit;

    @Autowired
    OutgoingMail mail;

    @Autowired
    AppointmentSummaries summaries;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;
    private final List<ApplicationListener<?>> listeners = new ArrayList<>();

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Transaction");
        patient = fixture.patient("Transaction");
    }

    @AfterEach
    void tearDown() {
        var multicaster = context.getBean(ApplicationEventMulticaster.class);
        listeners.forEach(multicaster::removeApplicationListener);
        SignIn.out();
    }

    @Test
    void aBookingRunsInAJdbcOnlyTransactionWithNoHibernateSession() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        var seen = new LinkedHashMap<String, Boolean>();
        onBooked(booked -> {
            seen.put("transaction", TransactionSynchronizationManager.isActualTransactionActive());
            seen.put("connection bound", TransactionSynchronizationManager.hasResource(dataSource));
            seen.put("Hibernate session bound", TransactionSynchronizationManager.hasResource(entityManagerFactory));
        });
        asPatient();

        long appointmentId = booking.book(slot, "Check-up");

        assertThat(seen)
                .containsEntry("transaction", true)
                .containsEntry("connection bound", true)
                .containsEntry("Hibernate session bound", false);
        assertThat(fixture.status(appointmentId)).isEqualTo("SCHEDULED");
        assertThat(fixture.isBooked(slot)).isTrue();
        assertThat(fixture.count("SELECT COUNT(*) FROM payments WHERE appointment_id = ?", appointmentId))
                .isOne();
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM audit_events WHERE action = 'BOOKED_APPOINTMENT' AND object_id = ?",
                        appointmentId))
                .isOne();
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM mail_outbox WHERE about IN (?, ?)",
                        "appointment " + appointmentId + " to its patient",
                        "appointment " + appointmentId + " to its doctor"))
                .isEqualTo(2);
    }

    @Test
    void aBookingThatFailsAtItsCommitLeavesNoRowInAnyTableItWrites() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        Map<String, String> before = checksums();
        // Registered by the last listener, so it runs after every write, the summaries' deltas at commit included.
        onBooked(booked -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                throw new IllegalStateException("the commit fails");
            }
        }));
        asPatient();

        assertThatThrownBy(() -> booking.book(slot, "Check-up")).hasMessage("the commit fails");

        assertThat(checksums()).isEqualTo(before);
        assertThat(fixture.isBooked(slot)).isFalse();
    }

    @Test
    void aBookingInsideAnOpenTransactionJoinsItAndRollsBackWithIt() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        Map<String, String> before = checksums();
        asPatient();

        Long appointmentId = new TransactionTemplate(transactionManager).execute(status -> {
            long id = booking.book(slot, "Check-up");
            assertThat(TransactionSynchronizationManager.hasResource(entityManagerFactory))
                    .as("the caller's JPA transaction")
                    .isTrue();
            status.setRollbackOnly();
            return id;
        });

        assertThat(appointmentId).isPositive();
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void writesThatNeedTheCallersTransactionAreRefusedOutsideOneAndWriteNothing() {
        long slotId = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        BookableSlot slot = slots.find(slotId).orElseThrow();
        Map<String, String> before = checksums();
        asPatient();

        assertThatThrownBy(() -> slots.reserve(slot, patient.patientId()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> slots.reserve(slot)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> slots.hold(
                        slotId, patient.patientId(), Instant.now(clock).plusSeconds(60)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> slots.releaseHold(slotId, patient.patientId()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> slots.release(slotId)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> audit.record(AuditAction.BOOKED_APPOINTMENT, null, "appointment", 1L))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> mail.send("someone@example.org", "Subject", "Text", "a test"))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void theSameWritesInAJdbcOnlyTransactionCommitAndRollBackWithIt() {
        long slotId = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        BookableSlot slot = slots.find(slotId).orElseThrow();
        Map<String, String> before = checksums();
        var jdbcOnly = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        asPatient();

        jdbcOnly.executeWithoutResult(status -> {
            assertThat(slots.reserve(slot, patient.patientId())).isTrue();
            audit.record(AuditAction.BOOKED_APPOINTMENT, null, "appointment", 1L);
            mail.send("someone@example.org", "Subject", "Text", "a test");
            status.setRollbackOnly();
        });
        assertThat(checksums()).isEqualTo(before);

        jdbcOnly.executeWithoutResult(status -> {
            assertThat(slots.reserve(slot, patient.patientId())).isTrue();
            mail.send("someone@example.org", "Subject", "Text", "a test");
        });
        assertThat(fixture.isBooked(slotId)).isTrue();
        assertThat(fixture.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", "someone@example.org"))
                .isOne();
    }

    @Test
    void aNewAppointmentsSummaryContributionIsWhatItsRowGives() {
        for (LocalTime start :
                List.of(LocalTime.of(0, 0), LocalTime.of(9, 30), LocalTime.of(13, 0), LocalTime.of(23, 30))) {
            long slot = fixture.slot(doctor.doctorId(), 3, start);
            asPatient();
            long appointmentId = booking.book(slot, "Hour " + start);
            var read = summaries.contribution(appointmentId);
            var computed = AppointmentSummaries.booked(
                    read.day(), doctor.doctorId(), read.patientId(), start, appointmentId, "Hour " + start);
            assertThat(computed.day()).isEqualTo(read.day());
            assertThat(computed.doctorId()).isEqualTo(read.doctorId());
            assertThat(computed.status()).isEqualTo(read.status());
            assertThat(computed.patientId()).isEqualTo(read.patientId());
            assertThat(computed.appointmentId()).isEqualTo(read.appointmentId());
            assertThat(computed.reason()).isEqualTo(read.reason());
            assertThat(computed.terms()).as("terms at %s", start).containsExactly(read.terms());
        }
    }

    private void onBooked(java.util.function.Consumer<AppointmentBooked> action) {
        ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
            if (event.getPayload() instanceof AppointmentBooked booked) {
                action.accept(booked);
            }
        };
        listeners.add(listener);
        context.addApplicationListener(listener);
    }

    /**
     * The content of every table a booking writes, as the database's checksums; the outbox, which a booking only adds
     * to, by its rows' count and highest id (its sender, running every 0.2 s, updates earlier tests' rows meanwhile).
     */
    private Map<String, String> checksums() {
        var sums = new LinkedHashMap<String, String>();
        sums.put(
                "mail_outbox",
                jdbc.sql("SELECT CONCAT(COUNT(*), '/', COALESCE(MAX(mail_id), 0)) FROM mail_outbox")
                        .query(String.class)
                        .single());
        for (String table : WRITTEN) {
            sums.put(
                    table,
                    jdbc.sql("CHECKSUM TABLE " + table)
                            .query((rs, row) -> String.valueOf(rs.getObject(2)))
                            .single());
        }
        return sums;
    }

    private void asPatient() {
        SignIn.as(patient.userId(), Roles.PATIENT);
    }
}
