package app.praxis.appointment;

import org.jspecify.annotations.Nullable;

/** A doctor's page: the card plus what only the page has room for. */
public record DoctorProfile(
        DoctorCard card, @Nullable String bio, @Nullable String clinicAddress) {}
