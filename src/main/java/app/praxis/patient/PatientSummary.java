package app.praxis.patient;

public record PatientSummary(long patientId, long userId, String fullName) {}
