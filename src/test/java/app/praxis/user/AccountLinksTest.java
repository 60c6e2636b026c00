package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AccountLinksTest {

    private static final Set<LinkPurpose> RESET = Set.of(LinkPurpose.RESET_PASSWORD);

    @Autowired
    AccountLinks links;

    @Autowired
    PatientService patients;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkWorksOnceAndOnlyItsHashIsStored() {
        long userId = newUser();
        String token = issue(userId, LinkPurpose.RESET_PASSWORD, Duration.ofMinutes(30));

        assertThat(links.peek(token, RESET))
                .contains(new AccountLinks.Target(userId, LinkPurpose.RESET_PASSWORD, null));
        assertThat(redeem(token, RESET)).isPresent();
        assertThat(redeem(token, RESET)).as("second click").isEmpty();
        assertThat(links.peek(token, RESET)).isEmpty();

        List<String> stored = jdbc.sql("SELECT token_hash FROM account_links WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .list();
        assertThat(stored).containsExactly(AccountLinks.hash(token)).doesNotContain(token);
        assertThat(stored.getFirst()).hasSize(64).isNotEqualTo(token);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_links WHERE user_id = ? AND used_at IS NOT NULL")
                        .param(userId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aLinkExpiresByTheApplicationsClock() {
        long userId = newUser();
        String token = issue(userId, LinkPurpose.RESET_PASSWORD, Duration.ofMinutes(30));

        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(links.peek(token, RESET)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.peek(token, RESET)).isEmpty();
        assertThat(redeem(token, RESET)).isEmpty();
    }

    @Test
    void aLinkOpensOnlyForItsPurposeAndUnknownTokensOpenNothing() {
        long userId = newUser();
        String token = issue(userId, LinkPurpose.CONFIRM_EMAIL, Duration.ofHours(1));

        assertThat(links.peek(token, RESET)).isEmpty();
        assertThat(redeem(token, RESET)).isEmpty();
        assertThat(links.peek("no-such-token", Set.of(LinkPurpose.values()))).isEmpty();
        assertThat(links.peek("", Set.of(LinkPurpose.values()))).isEmpty();
        assertThat(redeem(token, Set.of(LinkPurpose.CONFIRM_EMAIL))).isPresent();
    }

    @Test
    void aNewLinkOfAPurposeRetiresTheOlderOne() {
        long userId = newUser();
        String first = issue(userId, LinkPurpose.RESET_PASSWORD, Duration.ofMinutes(30));
        String confirm = issue(userId, LinkPurpose.CONFIRM_EMAIL, Duration.ofHours(1));
        String second = issue(userId, LinkPurpose.RESET_PASSWORD, Duration.ofMinutes(30));

        assertThat(links.peek(first, RESET)).isEmpty();
        assertThat(links.peek(second, RESET)).isPresent();
        assertThat(links.peek(confirm, Set.of(LinkPurpose.CONFIRM_EMAIL)))
                .as("other purposes stay")
                .isPresent();
    }

    @Test
    void ofManyClicksAtOnceExactlyOneRedeemsTheLink() throws Exception {
        for (int round = 0; round < 5; round++) {
            String token = issue(newUser(), LinkPurpose.RESET_PASSWORD, Duration.ofMinutes(30));
            int racers = 6;
            var start = new CountDownLatch(1);
            List<Callable<Boolean>> clicks = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                clicks.add(() -> {
                    start.await();
                    return redeem(token, RESET).isPresent();
                });
            }
            try (var pool = Executors.newFixedThreadPool(racers)) {
                List<Future<Boolean>> results =
                        clicks.stream().map(pool::submit).toList();
                start.countDown();
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get() ? 1 : 0;
                }
                assertThat(won).as("round " + round).isOne();
            }
        }
    }

    private long newUser() {
        return patients.register(TestAccounts.newAccount("Link", "Holder")).userId();
    }

    private String issue(long userId, LinkPurpose purpose, Duration validFor) {
        return tx.execute(status -> links.issue(userId, purpose, validFor, null));
    }

    private Optional<AccountLinks.Target> redeem(String token, Set<LinkPurpose> purposes) {
        return tx.execute(status -> links.redeem(token, purposes));
    }
}
