package app.praxis.base.ui;

import com.vaadin.flow.component.avatar.Avatar;
import org.jspecify.annotations.Nullable;

/**
 * A person's avatar everywhere it shows (directory, doctor's page, chat, menu): their profile photo, served to
 * signed-in users at {@code photos/<name>}, or their initials where there is none.
 */
public final class Avatars {

    private Avatars() {}

    /** {@code photo} is the users.profile_photo name, or null for initials. */
    public static Avatar of(String name, @Nullable String photo) {
        var avatar = new Avatar(name);
        if (photo != null && !photo.isBlank()) {
            avatar.setImage(url(photo));
        }
        return avatar;
    }

    /** Where the browser fetches a stored photo (relative to the app's base, like every route). */
    public static String url(String photo) {
        return "photos/" + photo;
    }
}
