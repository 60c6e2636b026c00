package app.praxis.user;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored profile photos at {@code /photos/<name>} to signed-in users only (the security chain asks
 * everyone else to sign in). A name is never reused (a new upload gets a new random name), so browsers may keep
 * a photo for a long time, privately.
 */
@RestController
class PhotoController {

    private final ProfilePhotos photos;

    PhotoController(ProfilePhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/photos/{name}")
    ResponseEntity<Resource> photo(@PathVariable String name) {
        return photos.file(name)
                .<ResponseEntity<Resource>>map(PhotoController::image)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Resource> image(Path file) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
