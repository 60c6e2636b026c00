package app.praxis.support;

import app.praxis.user.NewAccount;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Valid, unique account data for tests that share one database. */
public final class TestAccounts {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private TestAccounts() {}

    /** A German mobile number (E.164 +4915…) unique within this JVM. */
    public static String uniquePhone() {
        return String.format("+49151%08d", SEQUENCE.incrementAndGet() % 100_000_000);
    }

    public static String uniqueEmail(String who) {
        return who + "." + SEQUENCE.incrementAndGet() + "@test.praxis";
    }

    public static NewAccount newAccount(String firstName, String lastName) {
        return new NewAccount(
                uniqueEmail(firstName.toLowerCase()),
                uniquePhone(),
                firstName,
                lastName,
                LocalDate.of(1985, 3, 14),
                null,
                "correct horse battery");
    }
}
