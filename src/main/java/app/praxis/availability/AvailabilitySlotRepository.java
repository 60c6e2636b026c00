package app.praxis.availability;

import org.springframework.data.jpa.repository.JpaRepository;

interface AvailabilitySlotRepository extends JpaRepository<AvailabilitySlot, Long> {}
