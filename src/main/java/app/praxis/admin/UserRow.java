package app.praxis.admin;

import app.praxis.user.Role;

/** One account in the admin's users grid. */
public record UserRow(
        long id, String firstName, String lastName, String email, String phone, Role role, boolean active) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
