package app.praxis.user;

/** users.role. Each has its own home view and menu. */
public enum Role {
    ADMIN,
    DOCTOR,
    PATIENT
}
