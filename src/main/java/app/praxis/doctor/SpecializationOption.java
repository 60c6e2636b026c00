package app.praxis.doctor;

public record SpecializationOption(long id, String name) {}
