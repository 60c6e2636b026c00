package app.praxis.admin;

/** The users grid's sortable columns; anything else is not sortable (no column name from outside reaches SQL). */
public enum UserSort {
    NAME("u.last_name %s, u.first_name %s"),
    EMAIL("u.email %s"),
    PHONE("u.phone %s"),
    ROLE("u.role %s"),
    ACTIVE("u.is_active %s");

    private final String orderBy;

    UserSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy(boolean ascending) {
        String direction = ascending ? "ASC" : "DESC";
        return orderBy.replace("%s", direction);
    }
}
