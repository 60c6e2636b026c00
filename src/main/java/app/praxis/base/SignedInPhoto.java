package app.praxis.base;

import java.util.Optional;

/** The signed-in person's profile photo name, for the menu; implemented by the feature that keeps photos. */
public interface SignedInPhoto {

    Optional<String> signedInPhoto();
}
