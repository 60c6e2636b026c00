package app.praxis.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.praxis.support.IntegrationTest;
import app.praxis.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The embedded database holds real-looking data, so it is locked: grant tables on (a wrong password is refused),
 * the application's generated password readable only by its owner, the socket in a folder only the owner enters.
 */
@IntegrationTest
class EmbeddedDatabaseLockTest {

    @Autowired
    DataSource dataSource;

    @Value("${praxis.embedded-db.data-dir}")
    Path dataDir;

    @Test
    void aWrongPasswordIsRefusedAndTheGeneratedOneIsTheOwnersAlone() throws Exception {
        assumeFalse(TestDatabase.isMySql(), "the embedded server only");
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }

        assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedMariaDb.USER, "praxis")
                        .close())
                .as("the old fixed password")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .as("root from the network side")
                .isInstanceOf(SQLException.class);

        Path passwordFile = dataDir.toAbsolutePath().resolve(EmbeddedMariaDb.PASSWORD_FILE);
        assertThat(Files.readString(passwordFile).strip()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        Path socketDir = dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + "-run");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDir)))
                .isEqualTo("rwx------");
        assertThat(socketDir.resolve("mariadb.sock")).exists();
    }
}
