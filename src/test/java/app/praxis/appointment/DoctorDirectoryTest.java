package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DoctorDirectoryTest {

    @Autowired
    DoctorDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    @Autowired
    DoctorDirectoryRepository repository;

    @Autowired
    BookingRules rules;

    @Autowired
    java.time.Clock clock;

    String family;

    @BeforeEach
    void setUp() {
        family = "Fam" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(fixture.quickPatient("Searcher").userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void doctorsAreSortedBySoonestFreeSlotAndThoseNotTakingBookingsAreLeftOut() {
        DoctorSummary later = fixture.doctor(family);
        DoctorSummary sooner = fixture.doctor(family);
        DoctorSummary none = fixture.doctor(family);
        DoctorSummary paused = fixture.doctor(family);
        fixture.slot(later.doctorId(), 3, LocalTime.of(9, 0));
        fixture.slot(sooner.doctorId(), 1, LocalTime.of(9, 0));
        fixture.slot(paused.doctorId(), 1, LocalTime.of(8, 0));
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(paused.doctorId())
                .update();
        SignIn.as(fixture.quickPatient("Searcher").userId(), Roles.PATIENT);
        var query = new DirectoryQuery(family, null, null, DirectorySort.NEXT_FREE_SLOT);

        var cards = directory.search(query, PageRequest.of(0, 10));

        assertThat(cards)
                .extracting(DoctorCard::doctorId)
                .containsExactly(sooner.doctorId(), later.doctorId(), none.doctorId());
        assertThat(cards.getFirst().nextFreeSlot())
                .isEqualTo(fixture.today().plusDays(1).atTime(9, 0));
        assertThat(cards.getLast().nextFreeSlot()).isNull();
        assertThat(directory.count(query)).isEqualTo(3);
        assertThat(directory.profile(paused.doctorId())).isEmpty();
        assertThat(directory.freeSlots(paused.doctorId())).isEmpty();
    }

    @Test
    void theFeeFilterAndRatingSortApply() {
        DoctorSummary cheap = fixture.doctor(family);
        DoctorSummary dear = fixture.doctor(family);
        jdbc.sql("UPDATE doctors SET consultation_fee = 150, rating = 4.9 WHERE doctor_id = ?")
                .param(dear.doctorId())
                .update();
        jdbc.sql("UPDATE doctors SET rating = 3.1 WHERE doctor_id = ?")
                .param(cheap.doctorId())
                .update();
        SignIn.as(fixture.quickPatient("Searcher").userId(), Roles.PATIENT);

        assertThat(directory.search(
                        new DirectoryQuery(family, null, new BigDecimal("100"), DirectorySort.RATING),
                        PageRequest.of(0, 10)))
                .extracting(DoctorCard::doctorId)
                .containsExactly(cheap.doctorId());
        assertThat(directory.search(
                        new DirectoryQuery(family, null, null, DirectorySort.RATING), PageRequest.of(0, 10)))
                .extracting(DoctorCard::doctorId)
                .containsExactly(dear.doctorId(), cheap.doctorId());
    }

    /**
     * Sorted by rating, a page reads only the doctors rated at least as well as its last row (issue 18, round 4):
     * on ties of rating (broken by the next free time, then the id) and unrated doctors, every offset and page size
     * gives the rows of the query without that bound.
     */
    @Test
    void aRatingPageIsTheSameWhetherOrNotOnlyTheDoctorsRatedAtLeastAsWellAreRead() {
        String[] ratings = {"4.50", "4.50", null, "4.80", "4.50", null, "3.00", "4.50"};
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < ratings.length; i++) {
            DoctorSummary doctor = fixture.doctor(family);
            ids.add(doctor.doctorId());
            jdbc.sql("UPDATE doctors SET rating = ? WHERE doctor_id = ?")
                    .params(ratings[i] == null ? null : new BigDecimal(ratings[i]), doctor.doctorId())
                    .update();
            if (i % 3 != 0) { // some with a free slot (sooner for higher i), some without
                fixture.slot(doctor.doctorId(), 1 + (ratings.length - i) % 4, LocalTime.of(9, 0));
            }
        }
        var query = new DirectoryQuery(family, null, null, DirectorySort.RATING);
        var now = java.time.ZonedDateTime.now(clock);
        var earliest = rules.earliestStart(now);
        var lastDay = rules.lastDay(now);
        List<Long> all = repository.find(query, earliest, lastDay, 0, 100, false).stream()
                .map(DoctorCard::doctorId)
                .toList();
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(all.getFirst()).isEqualTo(ids.get(3));
        assertThat(all.subList(6, 8)).containsExactlyInAnyOrder(ids.get(2), ids.get(5));
        for (int size = 1; size <= 4; size++) {
            for (int offset = 0; offset <= all.size() + 1; offset++) {
                assertThat(repository.find(query, earliest, lastDay, offset, size, true).stream()
                                .map(DoctorCard::doctorId)
                                .toList())
                        .as("offset %d, size %d", offset, size)
                        .containsExactlyElementsOf(
                                all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
            }
        }
    }

    @Test
    void freeSlotsLeaveOutBookedSlotsSlotsInsideTheNoticeAndSlotsInTimeOff() {
        DoctorSummary doctor = fixture.doctor(family);
        long free = fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        long booked = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        fixture.slot(doctor.doctorId(), fixture.inMinutes(30));
        fixture.slot(doctor.doctorId(), 3, LocalTime.of(9, 0));
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(booked)
                .update();
        jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at) VALUES (?, ?, ?)")
                .params(
                        doctor.doctorId(),
                        fixture.today().plusDays(3).atStartOfDay(),
                        fixture.today().plusDays(4).atStartOfDay())
                .update();
        SignIn.as(fixture.quickPatient("Searcher").userId(), Roles.PATIENT);

        assertThat(directory.freeSlots(doctor.doctorId()))
                .extracting(s -> s.id())
                .containsExactly(free);
    }
}
