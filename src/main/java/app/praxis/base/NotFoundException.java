package app.praxis.base;

/** A record that does not exist, or that the current user may not know exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
