package app.praxis.base;

/** What the shared layout shows of whoever is signed in, without knowing how security models them. */
public interface SignedInUser {

    String displayName();

    String roleLabel();
}
