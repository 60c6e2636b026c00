package app.praxis.user;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Profile photos.
 *
 * @param dir the folder uploaded photos are stored in (users.profile_photo keeps the file's name in it)
 * @param maxSize the largest upload accepted
 * @param pixels the width and height every photo is re-encoded to
 */
@ConfigurationProperties("praxis.photos")
public record PhotoProperties(
        @Nullable Path dir,
        @DefaultValue("5MB") DataSize maxSize,
        @DefaultValue("256") int pixels) {

    public PhotoProperties {
        if (dir == null) {
            dir = Path.of(System.getProperty("user.home"), ".praxis", "photos");
        }
    }

    @Override
    public Path dir() {
        return java.util.Objects.requireNonNull(dir);
    }
}
