package app.praxis.demo;

import app.praxis.appointment.AppointmentSummaries;
import app.praxis.availability.SlotSummaries;
import app.praxis.demo.DemoClinicData.DemoDoctor;
import app.praxis.demo.DemoClinicData.DemoPatient;
import app.praxis.payment.PaymentSummaries;
import app.praxis.review.RatingTotals;
import app.praxis.user.PhotoProperties;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a believable clinic, then prints where to sign in. Runs only where
 * {@code praxis.demo-data.enabled=true}: the default (embedded) profile, never the mysql profile unless asked.
 * Writes with plain SQL, like a migration would: it is a fixture, not a user of the features' services.
 */
@Component
@ConditionalOnProperty(name = "praxis.demo-data.enabled", havingValue = "true")
class DemoClinicSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoClinicSeeder.class);
    private static final int PAST_DAYS = 100; // 14 weeks of history: every dashboard chart and payment state shows
    private static final int FUTURE_WEEKS = 8;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Environment environment;
    private final PhotoProperties photoProperties;
    private final AppointmentSummaries appointmentSummaries;
    private final PaymentSummaries paymentSummaries;
    private final SlotSummaries slotSummaries;
    private final RatingTotals ratingTotals;
    private final Random random = new Random(2026); // the same clinic on every machine
    private final Set<String> usedPhones = new HashSet<>();
    private int nextPhone = 1;

    DemoClinicSeeder(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Clock clock,
            Environment environment,
            PhotoProperties photoProperties,
            AppointmentSummaries appointmentSummaries,
            PaymentSummaries paymentSummaries,
            SlotSummaries slotSummaries,
            RatingTotals ratingTotals) {
        this.ratingTotals = ratingTotals;
        this.appointmentSummaries = appointmentSummaries;
        this.paymentSummaries = paymentSummaries;
        this.slotSummaries = slotSummaries;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
        this.environment = environment;
        this.photoProperties = photoProperties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmptyAndAnnounce() {
        boolean empty = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() == 0;
        if (empty) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> seed());
            log.info("Demo clinic created in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM users WHERE email = ?")
                        .param(DemoClinicData.ADMIN_EMAIL)
                        .query(Long.class)
                        .single()
                > 0) {
            announce();
        }
    }

    private void announce() {
        String port = environment.getProperty("local.server.port", "8080");
        DemoDoctor doctor = DemoClinicData.DOCTORS.getFirst();
        DemoPatient patient = DemoClinicData.PATIENTS.getFirst();
        log.info(
                """

                ==================================================================
                 Praxis demo clinic: http://localhost:{}
                 Sign in with password '{}' as:
                   admin    {}
                   doctor   {}  (or dr.<last name>@praxis.demo, {} doctors)
                   patient  {}  (or <first>.<last>@example.org, {} patients)
                ==================================================================""",
                port,
                DemoClinicData.PASSWORD,
                DemoClinicData.ADMIN_EMAIL,
                doctor.email(),
                DemoClinicData.DOCTORS.size(),
                patient.email(),
                DemoClinicData.PATIENTS.size());
    }

    private void seed() {
        String hash = passwordEncoder.encode(DemoClinicData.PASSWORD); // one hash: every demo account shares it
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> specializations = new HashMap<>();
        DemoClinicData.SPECIALIZATIONS.forEach(s -> specializations.put(
                s.name(),
                insert("INSERT INTO specializations (name, description) VALUES (?, ?)", s.name(), s.description())));
        long adminUserId = insertUser(DemoClinicData.ADMIN_EMAIL, hash, "ADMIN", "Alex", "Admin", null, null, null);

        List<Long> doctorIds = new ArrayList<>();
        Map<Long, BigDecimal> fees = new HashMap<>();
        Map<Long, Long> doctorUserIds = new HashMap<>();
        for (int i = 0; i < DemoClinicData.DOCTORS.size(); i++) {
            DemoDoctor d = DemoClinicData.DOCTORS.get(i);
            long userId = insertUser(
                    d.email(),
                    hash,
                    "DOCTOR",
                    d.first(),
                    d.last(),
                    d.gender(),
                    LocalDate.of(1965 + i, 1 + i, 10),
                    d.bio());
            long doctorId = insert(
                    "INSERT INTO doctors (user_id, specialization_id, license_number, years_experience, clinic_name,"
                            + " clinic_address, consultation_fee, rating, is_available) VALUES (?,?,?,?,?,?,?,?,?)",
                    userId,
                    specializations.get(d.specialization()),
                    "LANR-%07d".formatted(1_000_000 + i * 7919),
                    d.years(),
                    d.clinic(),
                    (10 + i) + " Hauptstraße, 10115 Berlin",
                    d.consultationFee(),
                    new BigDecimal(d.rating()),
                    d.accepting());
            doctorIds.add(doctorId);
            fees.put(doctorId, d.consultationFee());
            doctorUserIds.put(doctorId, userId);
        }

        List<Long> patientIds = new ArrayList<>();
        Map<Long, Long> patientUserIds = new HashMap<>();
        for (int i = 0; i < DemoClinicData.PATIENTS.size(); i++) {
            DemoPatient p = DemoClinicData.PATIENTS.get(i);
            long userId = insertUser(
                    p.email(),
                    hash,
                    "PATIENT",
                    p.first(),
                    p.last(),
                    p.gender(),
                    LocalDate.of(p.birthYear(), 1 + i % 12, 1 + i),
                    null);
            long patientId = insert(
                    "INSERT INTO patients (user_id, insurance_details, medical_history, emergency_contact)"
                            + " VALUES (?,?,?,?)",
                    userId,
                    p.insurance(),
                    p.history(),
                    phone(500 + i));
            patientIds.add(patientId);
            patientUserIds.put(patientId, userId);
        }

        LocalDate from = today.minusDays(PAST_DAYS);
        LocalDate until = today.plusWeeks(FUTURE_WEEKS);
        List<TimeOffRange> timeOff = List.of(
                new TimeOffRange(
                        doctorIds.get(3),
                        today.plusWeeks(3).with(DayOfWeek.MONDAY).atStartOfDay(),
                        today.plusWeeks(3).with(DayOfWeek.FRIDAY).atTime(23, 59),
                        "Cardiology congress"),
                new TimeOffRange(
                        doctorIds.get(0),
                        today.plusDays(10).atStartOfDay(),
                        today.plusDays(10).atTime(23, 59),
                        "Training day"));
        timeOff.forEach(
                t -> jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at, reason) VALUES (?,?,?,?)")
                        .params(t.doctorId(), t.starts(), t.ends(), t.reason())
                        .update());
        for (int i = 0; i < doctorIds.size(); i++) {
            for (WeeklyHours hours : WeeklyHours.pattern(i)) {
                insertSchedule(doctorIds.get(i), hours, from);
                insertSlots(doctorIds.get(i), hours, from, until, timeOff);
            }
        }
        new DemoAppointments(jdbc, random, clock, clock.getZone())
                .create(doctorIds, patientIds, fees, doctorUserIds, patientUserIds);
        // The history was written in plain SQL: the dashboard's daily summaries are filled from it (V0013, V0015).
        appointmentSummaries.rebuild();
        paymentSummaries.rebuild();
        slotSummaries.rebuild();

        Map<Long, BigDecimal> ratings = new HashMap<>();
        for (int i = 0; i < doctorIds.size(); i++) {
            ratings.put(
                    doctorIds.get(i),
                    new BigDecimal(DemoClinicData.DOCTORS.get(i).rating()));
        }
        new DemoReviews(jdbc, random, clock).create(ratings, adminUserId);
        ratingTotals.rebuild(); // the ratings were written in plain SQL (V0023_1)
        var photos = new DemoPhotos(jdbc, photoProperties.dir());
        for (int i = 0; i < DemoClinicData.DOCTORS.size(); i += 2) { // every other doctor: the rest show initials
            DemoDoctor d = DemoClinicData.DOCTORS.get(i);
            photos.give(doctorUserIds.get(doctorIds.get(i)), d.first(), d.last());
        }
        for (int i = 0; i < 3; i++) {
            DemoPatient p = DemoClinicData.PATIENTS.get(i);
            photos.give(patientUserIds.get(patientIds.get(i)), p.first(), p.last());
        }
    }

    record TimeOffRange(long doctorId, LocalDateTime starts, LocalDateTime ends, String reason) {
        boolean covers(LocalDate date, LocalTime start, LocalTime end) {
            return date.atTime(start).isBefore(ends) && date.atTime(end).isAfter(starts);
        }
    }

    /** One interval of a doctor's demo week. */
    record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end, int slotMinutes, int bufferMinutes) {

        /** Three kinds of week, so the directory and calendars do not all look alike. */
        static List<WeeklyHours> pattern(int doctorIndex) {
            List<WeeklyHours> week = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                switch (doctorIndex % 3) {
                    case 0 -> {
                        if (day.getValue() <= 5) {
                            week.add(new WeeklyHours(day, LocalTime.of(8, 30), LocalTime.of(12, 0), 30, 0));
                            week.add(new WeeklyHours(day, LocalTime.of(14, 0), LocalTime.of(17, 30), 30, 0));
                        }
                    }
                    case 1 -> {
                        if (day == DayOfWeek.MONDAY || day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY) {
                            week.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(13, 0), 20, 0));
                        } else if (day == DayOfWeek.WEDNESDAY) {
                            week.add(new WeeklyHours(day, LocalTime.of(13, 0), LocalTime.of(19, 0), 20, 0));
                        }
                    }
                    default -> {
                        if (day.getValue() >= 2 && day.getValue() <= 5) {
                            week.add(new WeeklyHours(day, LocalTime.of(10, 0), LocalTime.of(16, 0), 45, 15));
                        }
                    }
                }
            }
            return week;
        }
    }

    private void insertSchedule(long doctorId, WeeklyHours hours, LocalDate validFrom) {
        jdbc.sql("INSERT INTO weekly_schedules (doctor_id, day_of_week, start_time, end_time, slot_minutes,"
                        + " buffer_minutes, valid_from) VALUES (?,?,?,?,?,?,?)")
                .params(
                        doctorId,
                        hours.day().getValue(),
                        hours.start(),
                        hours.end(),
                        hours.slotMinutes(),
                        hours.bufferMinutes(),
                        validFrom)
                .update();
    }

    private void insertSlots(
            long doctorId, WeeklyHours hours, LocalDate from, LocalDate until, List<TimeOffRange> timeOff) {
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(until); date = date.plusDays(1)) {
            if (date.getDayOfWeek() != hours.day()) {
                continue;
            }
            for (LocalTime start = hours.start();
                    !start.plusMinutes(hours.slotMinutes()).isAfter(hours.end());
                    start = start.plusMinutes(hours.slotMinutes() + hours.bufferMinutes())) {
                LocalTime end = start.plusMinutes(hours.slotMinutes());
                LocalDate day = date;
                LocalTime slotStart = start;
                boolean off = timeOff.stream().anyMatch(t -> t.doctorId() == doctorId && t.covers(day, slotStart, end));
                if (!off) {
                    rows.add(new Object[] {doctorId, day, slotStart, end});
                }
            }
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO doctor_availability (doctor_id, available_date, start_time, end_time, source)"
                        + " VALUES (?,?,?,?,'WEEKLY')",
                rows);
    }

    private long insertUser(
            String email,
            String hash,
            String role,
            String first,
            String last,
            String gender,
            LocalDate born,
            String bio) {
        return insert(
                "INSERT INTO users (email, phone, password_hash, role, first_name, last_name, gender, date_of_birth,"
                        + " address, bio, email_confirmed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                email,
                phone(nextPhone++),
                hash,
                role,
                first,
                last,
                gender,
                born,
                ADDRESSES[nextPhone % ADDRESSES.length],
                bio,
                java.sql.Timestamp.from(clock.instant())); // demo accounts count as confirmed
    }

    private static final String[] ADDRESSES = {
        "Lindenstraße 12, 10969 Berlin",
        "Kastanienallee 4, 10435 Berlin",
        "Bergmannstraße 88, 10961 Berlin",
        "Schönhauser Allee 150, 10435 Berlin",
        "Karl-Marx-Straße 21, 12043 Berlin",
        "Sonnenallee 67, 12045 Berlin",
        "Turmstraße 3, 10559 Berlin"
    };

    /** Valid German mobile numbers in E.164, distinct per person. */
    private String phone(int n) {
        String phone = "+49151%08d".formatted(20_000_000 + n * 37);
        if (!usedPhones.add(phone)) {
            throw new IllegalStateException("Duplicate demo phone " + phone);
        }
        return phone;
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        return keys.getKey().longValue();
    }

    static Timestamp timestamp(LocalDateTime local, ZoneId zone) {
        return Timestamp.from(local.atZone(zone).toInstant());
    }
}
