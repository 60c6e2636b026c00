package app.praxis.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Profile photos for some demo people, drawn at seed time (a coloured portrait card with the initials: no binary
 * downloads, nothing copied from anywhere), stored the way an upload is: a 256 px JPEG under a random name in the
 * photo folder, the name in users.profile_photo.
 */
final class DemoPhotos {

    private static final Color[] COLOURS = {
        new Color(0x1E6FB8),
        new Color(0x2E8B57),
        new Color(0x8E44AD),
        new Color(0xC0392B),
        new Color(0xD35400),
        new Color(0x16A085)
    };

    private final JdbcClient jdbc;
    private final Path dir;
    private int drawn;

    DemoPhotos(JdbcClient jdbc, Path dir) {
        this.jdbc = jdbc;
        this.dir = dir;
    }

    void give(long userId, String first, String last) {
        String name = userId + "-" + UUID.randomUUID().toString().replace("-", "") + ".jpg";
        try {
            Files.createDirectories(dir);
            ImageIO.write(
                    draw(first.substring(0, 1) + last.substring(0, 1)),
                    "jpg",
                    dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write demo photos to " + dir, e);
        }
        jdbc.sql("UPDATE users SET profile_photo = ? WHERE user_id = ?")
                .params(name, userId)
                .update();
    }

    private BufferedImage draw(String initials) {
        Color colour = COLOURS[drawn++ % COLOURS.length];
        var image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour.brighter(), 256, 256, colour.darker()));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(255, 255, 255, 60));
        g.fillOval(58, 40, 140, 140); // head
        g.fillOval(18, 170, 220, 180); // shoulders
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 84));
        var metrics = g.getFontMetrics();
        g.drawString(initials, (256 - metrics.stringWidth(initials)) / 2, 128 + metrics.getAscent() / 3);
        g.dispose();
        return image;
    }
}
