package app.praxis.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt over a SHA-256 of the password, so every password the policy accepts (up to 128 characters, i.e. up to
 * 512 UTF-8 bytes with emoji) counts in full: bcrypt alone reads at most 72 bytes (Spring's encoder refuses more).
 * The digest is Base64-encoded (44 ASCII bytes, no NUL byte that bcrypt would stop at) before bcrypt salts and
 * stretches it. Stored as {@code {bcrypt-sha256}…} by the delegating encoder; plain {@code {bcrypt}} hashes keep
 * working.
 */
final class PrehashedBcryptPasswordEncoder implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    private static String prehash(CharSequence rawPassword) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
