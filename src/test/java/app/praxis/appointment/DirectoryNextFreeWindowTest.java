package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory by next free time looks for its page among the doctors with a bookable slot in a short window first
 * (issue 18, round 5): every page it gives, through any windows, must be the page of the query over every doctor,
 * with the same next free times.
 */
@IntegrationTest
class DirectoryNextFreeWindowTest {

    @Autowired
    DoctorDirectory directory;

    @Autowired
    DoctorDirectoryRepository repository;

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    String family;
    LocalDateTime earliest;
    LocalDate lastDay;

    @BeforeEach
    void setUp() {
        family = "Win" + UUID.randomUUID().toString().substring(0, 8);
        var now = ZonedDateTime.now(clock);
        earliest = rules.earliestStart(now);
        lastDay = rules.lastDay(now);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * Ties of time and of name (every doctor here is "Doc <family>"), a slot in time off, a booked slot, slots inside
     * the minimum notice and beyond the horizon, doctors who take no bookings or are deactivated, and doctors with no
     * free slot at all.
     */
    private List<Long> clinic() {
        var ids = new ArrayList<Long>();
        LocalDateTime soon = earliest.plusMinutes(30).withSecond(0).withNano(0);
        LocalDateTime later = soon.plusHours(5);
        LocalDateTime nextWeek = soon.plusDays(7);
        for (int i = 0; i < 6; i++) { // six doctors free at the same time, ordered by id alone
            DoctorSummary doctor = fixture.doctor(family);
            ids.add(doctor.doctorId());
            fixture.slot(doctor.doctorId(), i % 2 == 0 ? soon : later);
            fixture.slot(doctor.doctorId(), nextWeek);
        }
        DoctorSummary timeOff = fixture.doctor(family); // soonest slot in time off: the next is later
        fixture.slot(timeOff.doctorId(), soon.minusMinutes(15));
        fixture.slot(timeOff.doctorId(), later.plusMinutes(30));
        jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at) VALUES (?, ?, ?)")
                .params(timeOff.doctorId(), soon.minusHours(1), soon.plusHours(1))
                .update();
        DoctorSummary booked = fixture.doctor(family); // soonest slot booked
        long taken = fixture.slot(booked.doctorId(), soon.minusMinutes(20));
        fixture.slot(booked.doctorId(), nextWeek.plusHours(1));
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(taken)
                .update();
        DoctorSummary tooSoon = fixture.doctor(family); // a slot inside the notice, and one in a day
        fixture.slot(tooSoon.doctorId(), earliest.minusMinutes(30));
        fixture.slot(tooSoon.doctorId(), soon.plusDays(1));
        DoctorSummary beyond = fixture.doctor(family); // free only beyond the horizon: no next free time
        fixture.slot(beyond.doctorId(), lastDay.plusDays(1).atTime(9, 0));
        DoctorSummary paused = fixture.doctor(family); // not taking bookings: never listed
        fixture.slot(paused.doctorId(), soon.minusMinutes(10));
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(paused.doctorId())
                .update();
        DoctorSummary gone = fixture.doctor(family); // deactivated: never listed
        fixture.slot(gone.doctorId(), soon.minusMinutes(10));
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(gone.userId())
                .update();
        fixture.doctor(family); // no slot at all
        ids.addAll(List.of(timeOff.doctorId(), booked.doctorId(), tooSoon.doctorId(), beyond.doctorId()));
        return ids;
    }

    @Test
    void everyPageThroughAnyWindowsIsThePageOfTheQueryOverEveryDoctor() {
        clinic();
        var query = new DirectoryQuery(family, null, null, DirectorySort.NEXT_FREE_SLOT);
        List<DoctorCard> all = repository.find(query, earliest, lastDay, 0, 100, false);
        assertThat(all).hasSize(11);
        assertThat(all.stream().filter(c -> c.nextFreeSlot() == null)).hasSize(2);
        List<List<Duration>> windowLists = List.of(
                DoctorDirectoryRepository.NEXT_FREE_WINDOWS,
                List.of(Duration.ofMinutes(10)),
                List.of(Duration.ofHours(1)),
                List.of(Duration.ofHours(1), Duration.ofHours(6)),
                List.of(Duration.ofDays(3)),
                List.of(Duration.ofDays(30)),
                List.of());
        for (var windows : windowLists) {
            for (int size = 1; size <= 5; size++) {
                for (int offset = 0; offset <= all.size() + 1; offset++) {
                    assertThat(repository.findByNextFree(query, earliest, lastDay, offset, size, windows))
                            .as("windows %s, offset %d, size %d", windows, offset, size)
                            .containsExactlyElementsOf(
                                    all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
                }
            }
        }
    }

    @Test
    void aWindowHoldingThePageGivesItWithTheSameNextFreeTimes() {
        List<Long> ids = clinic();
        var query = new DirectoryQuery(family, null, null, DirectorySort.NEXT_FREE_SLOT);
        List<DoctorCard> all = repository.find(query, earliest, lastDay, 0, 100, false);

        var inTwoHours = repository.findInWindow(query, earliest, earliest.plusHours(2), 0, 3);
        var inADay = repository.findInWindow(query, earliest, earliest.plusDays(1), 0, 8);
        var inADayAndAnHour = repository.findInWindow(query, earliest, earliest.plusHours(25), 0, 8);

        // the three doctors free soonest (tied: by id), then those free later that day
        assertThat(inTwoHours).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(inTwoHours).extracting(DoctorCard::doctorId).containsExactly(ids.get(0), ids.get(2), ids.get(4));
        // the eighth doctor's next free slot is a day and half an hour away: a day's window lacks it, so holds
        // no whole page of 8 (the caller then looks further), and a day and an hour holds it
        assertThat(inADay).containsExactlyElementsOf(all.subList(0, 7));
        assertThat(inADayAndAnHour).containsExactlyElementsOf(all.subList(0, 8));
        // the doctor whose soonest slot is in time off is listed with the slot after it
        var timeOff =
                all.stream().filter(c -> c.doctorId() == ids.get(6)).findFirst().orElseThrow();
        assertThat(timeOff.nextFreeSlot())
                .isEqualTo(earliest.plusMinutes(30)
                        .withSecond(0)
                        .withNano(0)
                        .plusHours(5)
                        .plusMinutes(30));
    }

    /** The directory's cards show each doctor's next three free times: the first three of the doctor's page. */
    @Test
    void theNextFreeTimesOfAPageAreTheFirstOfEachDoctorsFreeSlots() {
        List<Long> ids = clinic();
        DoctorSummary many = fixture.doctor(family); // more free slots than are shown, one of them booked
        for (int i = 0; i < 6; i++) {
            long slot = fixture.slot(
                    many.doctorId(), earliest.plusHours(1 + i).withSecond(0).withNano(0));
            if (i == 1) {
                jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                        .param(slot)
                        .update();
            }
        }
        ids.add(many.doctorId());
        SignIn.as(fixture.quickPatient("Searcher").userId(), Roles.PATIENT);

        var next = directory.nextFreeSlots(ids, 3);

        assertThat(next.keySet()).doesNotContain(ids.get(9)).hasSize(ids.size() - 1); // "beyond": none
        for (long doctorId : ids) {
            var expected = directory.freeSlots(doctorId).stream().limit(3).toList();
            assertThat(next.getOrDefault(doctorId, List.of()))
                    .as("doctor %d", doctorId)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(next.get(many.doctorId())).hasSize(3);
        assertThat(List.copyOf(next.keySet())).isSorted();
    }

    @Test
    void theServiceListsTheSameDoctorsInTheSameOrder() {
        clinic();
        SignIn.as(fixture.quickPatient("Searcher").userId(), Roles.PATIENT);
        var query = new DirectoryQuery(family, null, null, DirectorySort.NEXT_FREE_SLOT);
        List<DoctorCard> all = repository.find(query, earliest, lastDay, 0, 100, false);

        assertThat(directory.search(query, PageRequest.of(0, 4))).containsExactlyElementsOf(all.subList(0, 4));
        assertThat(directory.search(query, PageRequest.of(1, 4))).containsExactlyElementsOf(all.subList(4, 8));
        assertThat(directory.search(query, PageRequest.of(2, 4))).containsExactlyElementsOf(all.subList(8, 11));
        assertThat(directory.count(query)).isEqualTo(11);
    }

    /**
     * Many doctors free at the same first time, with names whose order is not the order of their ids (created in
     * reverse), a prefix ("Ann" before "Anna"), a hyphen, an accent, names equal up to case (then by id), and among
     * them one in time off at that time, one whose slot there is booked and one not taking bookings (issue 18, round
     * 8): every page of the walk in name order is the page of the query over every doctor, the walk gives every page
     * that lies among the tied doctors, and none that does not.
     */
    @Test
    void thePageAmongTheDoctorsTiedAtTheFirstFreeTimeIsThePageOfTheQueryOverEveryDoctor() {
        LocalDateTime soon = earliest.plusMinutes(30).withSecond(0).withNano(0);
        String[][] names = {
            {"Zoe", "Adler"}, {"anna", "Bee"}, {"Ann", "Zed"}, {"Ann-Marie", "Roe"}, {"Ännchen", "Roe"},
            {"ann", "zed"}, {"Bob", "Roe"}, {"Ann", "Zed"}, {"Carl", "Ng"}, {"Anna", "Bee"}
        };
        var tied = new ArrayList<Long>();
        for (int i = names.length - 1; i >= 0; i--) {
            DoctorSummary doctor = fixture.doctor(family);
            jdbc.sql("UPDATE users SET first_name = ?, last_name = ? WHERE user_id = ?")
                    .params(names[i][0], names[i][1] + " " + family, doctor.userId())
                    .update();
            fixture.slot(doctor.doctorId(), soon);
            fixture.slot(doctor.doctorId(), soon.plusHours(3));
            tied.add(doctor.doctorId());
        }
        jdbc.sql("UPDATE doctors SET consultation_fee = 10 WHERE doctor_id IN (?, ?, ?, ?)")
                .params(tied.get(1), tied.get(4), tied.get(5), tied.get(8))
                .update();
        DoctorSummary timeOff = fixture.doctor(family); // a name first in order, in time off at the first time
        jdbc.sql("UPDATE users SET first_name = 'Aaron' WHERE user_id = ?")
                .param(timeOff.userId())
                .update();
        fixture.slot(timeOff.doctorId(), soon);
        fixture.slot(timeOff.doctorId(), soon.plusHours(1));
        jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at) VALUES (?, ?, ?)")
                .params(timeOff.doctorId(), soon.minusMinutes(10), soon.plusMinutes(10))
                .update();
        DoctorSummary booked = fixture.doctor(family); // its slot at the first time is booked
        jdbc.sql("UPDATE users SET first_name = 'Abe' WHERE user_id = ?")
                .param(booked.userId())
                .update();
        long taken = fixture.slot(booked.doctorId(), soon);
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(taken)
                .update();
        fixture.slot(booked.doctorId(), soon.plusHours(2));
        DoctorSummary paused = fixture.doctor(family); // free at the first time, not taking bookings
        fixture.slot(paused.doctorId(), soon);
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(paused.doctorId())
                .update();
        DoctorSummary later = fixture.doctor(family); // free only later
        fixture.slot(later.doctorId(), soon.plusMinutes(30));

        for (var query : List.of(
                new DirectoryQuery(family, null, null, DirectorySort.NEXT_FREE_SLOT),
                new DirectoryQuery(family, null, java.math.BigDecimal.TEN, DirectorySort.NEXT_FREE_SLOT),
                new DirectoryQuery("Roe " + family, null, null, DirectorySort.NEXT_FREE_SLOT))) {
            List<DoctorCard> all = repository.find(query, earliest, lastDay, 0, 100, false);
            long tiedCount =
                    all.stream().filter(c -> soon.equals(c.nextFreeSlot())).count();
            if (query.maxFee() == null && query.name().equals(family)) {
                assertThat(all).hasSize(13);
                assertThat(tiedCount).isEqualTo(10);
                assertThat(all.subList(0, 10))
                        .extracting(DoctorCard::doctorId)
                        .containsExactlyInAnyOrderElementsOf(tied);
            }
            for (int size = 1; size <= 6; size++) {
                for (int offset = 0; offset <= all.size() + 1; offset++) {
                    var expected = all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
                    for (int readWhole : new int[] {0, DoctorDirectoryRepository.TIES_READ_WHOLE}) {
                        var walked = repository.findAmongFirstTies(query, earliest, lastDay, offset, size, readWhole);
                        if (offset + size <= tiedCount) {
                            assertThat(walked)
                                    .as("%s: ties (%d), offset %d, size %d", query, readWhole, offset, size)
                                    .containsExactlyElementsOf(expected);
                        } else {
                            assertThat(walked)
                                    .as("%s: beyond the ties (%d), offset %d, size %d", query, readWhole, offset, size)
                                    .hasSizeLessThan(size);
                        }
                    }
                    assertThat(repository.findByNextFree(
                                    query,
                                    earliest,
                                    lastDay,
                                    offset,
                                    size,
                                    DoctorDirectoryRepository.NEXT_FREE_WINDOWS))
                            .as("%s: offset %d, size %d", query, offset, size)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
    }

    /**
     * The count without a name or fee filter is the doctors taking bookings less the deactivated ones among them
     * (issue 18, round 8): equal to the join of every doctor to their account, also after a doctor is deactivated,
     * stops taking bookings, or both, and by specialization.
     */
    @Test
    void theCountWithoutANameOrFeeIsTheCountOfTheJoin() {
        clinic();
        jdbc.sql("INSERT INTO specializations (name) VALUES (?)")
                .param("Spec " + family)
                .update();
        Long specialization = jdbc.sql("SELECT specialization_id FROM specializations WHERE name = ?")
                .param("Spec " + family)
                .query(Long.class)
                .single();
        DoctorSummary specialist = fixture.doctor(family);
        jdbc.sql("UPDATE doctors SET specialization_id = ? WHERE doctor_id = ?")
                .params(specialization, specialist.doctorId())
                .update();
        var queries = List.of(
                DirectoryQuery.all(),
                new DirectoryQuery(null, specialization, null, DirectorySort.NEXT_FREE_SLOT),
                new DirectoryQuery("  ", specialization, null, DirectorySort.RATING));
        for (var query : queries) {
            assertThat(repository.count(query)).as("%s", query).isEqualTo(repository.plainCount(query));
        }
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(specialist.userId())
                .update();
        for (var query : queries) {
            assertThat(repository.count(query)).as("deactivated: %s", query).isEqualTo(repository.plainCount(query));
        }
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(specialist.doctorId())
                .update();
        for (var query : queries) {
            assertThat(repository.count(query)).as("both: %s", query).isEqualTo(repository.plainCount(query));
        }
        jdbc.sql("UPDATE users SET is_active = TRUE WHERE user_id = ?")
                .param(specialist.userId())
                .update();
        for (var query : queries) {
            assertThat(repository.count(query)).as("paused: %s", query).isEqualTo(repository.plainCount(query));
        }
    }
}
