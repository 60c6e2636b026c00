package app.praxis.doctor;

import org.jspecify.annotations.Nullable;

/** A specialization with the number of doctors who have it (one in use cannot be deleted). */
public record SpecializationRow(
        long id, String name, @Nullable String description, long doctors) {}
