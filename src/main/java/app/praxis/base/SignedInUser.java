package app.praxis.base;

/** What the shared layout shows of whoever is signed in, without knowing how security models them. */
public interface SignedInUser {

    String displayName();

    /** The key of the role's name in the page's language, e.g. {@code security.role.doctor}. */
    String roleLabelKey();
}
