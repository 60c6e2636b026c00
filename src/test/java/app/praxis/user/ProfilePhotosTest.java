package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
import app.praxis.patient.PatientService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class ProfilePhotosTest {

    @Autowired
    Texts texts;

    /** A 1×1 lossless WebP (the smallest valid file), written out as its bytes: no binary fixture needed. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired
    ProfilePhotos photos;

    @Autowired
    PhotoProperties properties;

    @Autowired
    PatientService patients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    PatientSummary owner;

    @BeforeEach
    void signIn() {
        owner = patients.register(TestAccounts.newAccount("Foto", "Owner"));
        SignIn.as(owner.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aJpegIsCroppedToASquareReencodedAtAFixedSizeAndStoredUnderANewName() throws IOException {
        byte[] upload = withTrailingPayload(image("jpg", 800, 600));

        String name = photos.replace(owner.userId(), "holiday.JPG", upload);

        Path file = properties.dir().resolve(name);
        assertThat(file).exists();
        assertThat(photoColumn()).isEqualTo(name);
        BufferedImage stored = ImageIO.read(file.toFile());
        assertThat(stored.getWidth()).isEqualTo(256);
        assertThat(stored.getHeight()).isEqualTo(256);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(ProfilePhotos.kindOf(bytes)).contains(ProfilePhotos.Kind.JPEG);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("<?php");
    }

    @Test
    void aPngsTextChunksAndAnythingAppendedAreGoneAfterReencoding() throws IOException {
        byte[] png = withTextChunk(image("png", 300, 300), "GPSLatitude 52.5200 N");

        String name = photos.replace(owner.userId(), "me.png", png);

        String stored = Files.readString(properties.dir().resolve(name), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("GPSLatitude").doesNotContain("<?php");
    }

    @Test
    void aWebpIsReadThroughTheImageioPlugin() {
        String name = photos.replace(owner.userId(), "avatar.webp", WEBP);
        assertThat(properties.dir().resolve(name)).exists();
    }

    @Test
    void aFileThatIsNoImageIsRefusedWhateverItsName() {
        byte[] text = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused("photo.jpg", text, texts.get(ProfilePhotos.NOT_AN_IMAGE));
        assertThat(photoColumn()).isNull();
    }

    @Test
    void anImageWhoseNameClaimsAnotherTypeIsRefused() throws IOException {
        assertRefused("photo.jpg", image("png", 50, 50), "is named .jpg but is a PNG image");
        assertRefused("photo.exe", image("jpg", 50, 50), "is named .exe but is a JPEG image");
    }

    @Test
    void aDamagedImageIsRefused() {
        byte[] broken = new byte[2000];
        broken[0] = (byte) 0xFF;
        broken[1] = (byte) 0xD8;
        broken[2] = (byte) 0xFF;
        assertRefused("photo.jpg", broken, "could not be read as an image");
    }

    @Test
    void aPhotoOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[(int) photos.maxBytes() + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertRefused("big.jpg", huge, "at most 5 MB");
    }

    @Test
    void aNewPhotoReplacesTheOldFileAndRemovingLeavesInitials() throws IOException {
        String first = photos.replace(owner.userId(), "a.png", image("png", 64, 64));
        String second = photos.replace(owner.userId(), "b.png", image("png", 64, 64));

        assertThat(second).isNotEqualTo(first);
        assertThat(properties.dir().resolve(first)).doesNotExist();
        assertThat(properties.dir().resolve(second)).exists();

        photos.remove(owner.userId());
        assertThat(photoColumn()).isNull();
        assertThat(properties.dir().resolve(second)).doesNotExist();
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesAPhoto() throws IOException {
        PatientSummary other = patients.register(TestAccounts.newAccount("Other", "Foto"));
        byte[] png = image("png", 32, 32);

        assertThatThrownBy(() -> photos.replace(other.userId(), "x.png", png))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> photos.remove(other.userId())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(1, Roles.ADMIN);
        assertThat(photos.replace(other.userId(), "x.png", png)).startsWith(other.userId() + "-");
    }

    @Test
    void photosAreServedOnlyToSignedInUsersWithPrivateLongCaching() throws Exception {
        String name = photos.replace(owner.userId(), "a.png", image("png", 64, 64));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        var someone = new PraxisUser(owner.userId(), "x@test.praxis", "", Roles.PATIENT, "Some One", true);

        mvc.perform(get("/photos/" + name).with(user(someone)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=")));
        int anonymous =
                mvc.perform(get("/photos/" + name)).andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401, 403);
        mvc.perform(get("/photos/..%2F..%2Fetc%2Fpasswd").with(user(someone))).andExpect(status().is4xxClientError());
        mvc.perform(get("/photos/123-00000000000000000000000000000000.jpg").with(user(someone)))
                .andExpect(status().isNotFound());
    }

    private void assertRefused(String fileName, byte[] content, String message) {
        assertThatThrownBy(() -> photos.replace(owner.userId(), fileName, content))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                                refused.fieldErrors().get("photo"))
                        .contains(message));
    }

    private String photoColumn() {
        return jdbc.sql("SELECT profile_photo FROM users WHERE user_id = ?")
                .param(owner.userId())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    static byte[] image(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] withTrailingPayload(byte[] image) {
        byte[] payload = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] joined = java.util.Arrays.copyOf(image, image.length + payload.length);
        System.arraycopy(payload, 0, joined, image.length, payload.length);
        return joined;
    }

    /** The PNG with a tEXt chunk (keyword "Comment") inserted after IHDR, as cameras and editors write them. */
    private static byte[] withTextChunk(byte[] png, String text) throws IOException {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        var chunk = new ByteArrayOutputStream();
        var body = new ByteArrayOutputStream();
        body.write("tEXt".getBytes(StandardCharsets.ISO_8859_1));
        body.write(data);
        var crc = new java.util.zip.CRC32();
        crc.update(body.toByteArray());
        chunk.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        chunk.write(body.toByteArray());
        chunk.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        int afterHeader = 8 + 25; // signature, then IHDR (length 4 + type 4 + data 13 + crc 4)
        var out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.write(chunk.toByteArray());
        out.write(png, afterHeader, png.length - afterHeader);
        byte[] result = withTrailingPayload(out.toByteArray());
        assertThat(ImageIO.read(new ByteArrayInputStream(result))).isNotNull();
        assertThat(new String(result, StandardCharsets.ISO_8859_1)).contains(text);
        return result;
    }
}
