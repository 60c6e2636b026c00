package app.praxis.user;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.SignedInPhoto;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Profile photos (users.profile_photo). An upload is judged by its content, never its name: JPEG, PNG or WebP by
 * their magic bytes, a name whose extension claims another type is refused, and it must decode as an image. It
 * is then cropped to a square and re-encoded as a fresh JPEG of a fixed size, which drops every piece of metadata
 * (GPS position, camera) and anything hidden in the original file. The file goes to {@code praxis.photos.dir}
 * under a new random name; the column keeps that name.
 */
@Service
public class ProfilePhotos implements SignedInPhoto {

    /** The kinds of image accepted, by what their first bytes say. */
    enum Kind {
        JPEG("JPEG", "jpg", "jpeg", "jfif"),
        PNG("PNG", "png"),
        WEBP("WebP", "webp");

        final String label;
        final String[] extensions;

        Kind(String label, String... extensions) {
            this.label = label;
            this.extensions = extensions;
        }
    }

    static final String NOT_AN_IMAGE = "user.photo.notAnImage";
    private static final Pattern STORED_NAME = Pattern.compile("[0-9]{1,19}-[0-9a-f]{32}\\.jpg");
    private static final long MAX_PIXELS = 50_000_000L;

    private final UserRepository users;
    private final PhotoProperties properties;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    private final Texts texts;

    private final JdbcClient jdbc;

    ProfilePhotos(
            UserRepository users,
            PhotoProperties properties,
            CurrentUser currentUser,
            AuditTrail audit,
            Texts texts,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.audit = audit;
        this.users = users;
        this.properties = properties;
        this.currentUser = currentUser;
    }

    /** The largest upload accepted, for the upload component's own limit. */
    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    /**
     * Checks, re-encodes and stores a new photo for this user (their own, or anyone's for an admin), replacing the
     * old one. Returns the stored name. Nothing is stored when the upload is refused.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String replace(long userId, @Nullable String fileName, byte[] content) {
        requireSelfOrAdmin(userId);
        RequestUserRow.forget(); // the layout reads the new photo after the next navigation
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        check(fileName, content);
        byte[] jpeg = reencode(content);
        String name = userId + "-" + UUID.randomUUID().toString().replace("-", "") + ".jpg";
        Path file = write(name, jpeg);
        String old = user.getProfilePhoto();
        user.setProfilePhoto(name);
        users.saveAndFlush(user);
        audit.record(AuditAction.CHANGED_PROFILE, user.getRole() == Role.PATIENT ? userId : null, "photo", userId);
        afterCompletion(committed -> delete(committed ? old : name, committed ? null : file));
        return name;
    }

    /** Removes the photo: initials show instead. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long userId) {
        requireSelfOrAdmin(userId);
        RequestUserRow.forget(); // the layout reads the photo again after the next navigation
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        String old = user.getProfilePhoto();
        user.setProfilePhoto(null);
        users.saveAndFlush(user);
        audit.record(AuditAction.CHANGED_PROFILE, user.getRole() == Role.PATIENT ? userId : null, "photo", userId);
        afterCompletion(committed -> {
            if (committed) {
                delete(old, null);
            }
        });
    }

    /**
     * The signed-in person's photo name, if they have one (for the menu): as the account check read it at the start
     * of this HTTP request ({@link RequestUserRow}), otherwise the one column in one statement without a transaction
     * (the layout asks on every navigation; issue 18: round trips).
     */
    @Override
    public Optional<String> signedInPhoto() {
        return currentUser.find().flatMap(user -> RequestUserRow.of(user.userId())
                .map(known -> Optional.ofNullable(known.photo())) // the account check's read of this request
                .orElseGet(() -> read(user.userId())));
    }

    private Optional<String> read(long userId) {
        return jdbc
                .sql("SELECT profile_photo FROM users WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** The stored file of a photo name, if the name is one this service writes and the file exists. */
    @PreAuthorize("isAuthenticated()") // photos are for signed-in people only (also SecurityConfig's /photos/**)
    public Optional<Path> file(String name) {
        if (!STORED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = properties.dir().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The kind of image the content is, refusing what is too large, not an image, or named as another kind. */
    Kind check(@Nullable String fileName, byte[] content) {
        if (content.length > maxBytes()) {
            throw new InvalidInputException(
                    "photo", texts.get("user.photo.tooBig", properties.maxSize().toMegabytes()));
        }
        Kind kind = kindOf(content).orElseThrow(() -> new InvalidInputException("photo", texts.get(NOT_AN_IMAGE)));
        String extension = extension(fileName);
        if (!extension.isEmpty() && Arrays.stream(kind.extensions).noneMatch(extension::equals)) {
            throw new InvalidInputException("photo", texts.get("user.photo.wrongExtension", extension, kind.label));
        }
        return kind;
    }

    static Optional<Kind> kindOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (b.length >= 8
                && Arrays.equals(
                        Arrays.copyOf(b, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(Kind.PNG);
        }
        if (b.length >= 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of(Kind.WEBP);
        }
        return Optional.empty();
    }

    /** A square crop from the middle, scaled to the configured size, as a fresh JPEG: no metadata survives. */
    byte[] reencode(byte[] content) {
        BufferedImage source = decode(content);
        int side = Math.min(source.getWidth(), source.getHeight());
        int x = (source.getWidth() - side) / 2;
        int y = (source.getHeight() - side) / 2;
        int size = properties.pixels();
        var target = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparent parts of a PNG or WebP become white
            g.fillRect(0, 0, size, size);
            g.drawImage(source, 0, 0, size, size, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        return jpeg(target);
    }

    private BufferedImage decode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("photo", texts.get(NOT_AN_IMAGE));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Check the size the header claims before decoding: a tiny file may unpack into gigabytes.
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new InvalidInputException("photo", texts.get("user.photo.tooManyPixels"));
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new InvalidInputException("photo", texts.get(NOT_AN_IMAGE));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException("photo", texts.get("user.photo.damaged"));
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] jpeg) {
        try {
            Files.createDirectories(properties.dir());
            Path file = properties.dir().resolve(name);
            Files.write(file, jpeg, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the photo in " + properties.dir(), e);
        }
    }

    /** After commit the replaced photo goes; after a rollback the new file does. Best effort: never fails a request. */
    private void delete(@Nullable String name, @Nullable Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            } else if (name != null && STORED_NAME.matcher(name).matches()) {
                Files.deleteIfExists(properties.dir().resolve(name));
            }
        } catch (IOException ignored) {
            // a stray file in the photo folder harms nobody
        }
    }

    private static void afterCompletion(java.util.function.Consumer<Boolean> action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.accept(status == STATUS_COMMITTED);
            }
        });
    }

    private static String extension(@Nullable String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0
                ? ""
                : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private void requireSelfOrAdmin(long userId) {
        var caller = currentUser.require();
        if (caller.userId() != userId && !caller.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("You can only change your own photo");
        }
    }
}
