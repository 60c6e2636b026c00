package app.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migrated schema's indexes (issue 18, round 45): every index is written by each statement that changes its
 * columns, so none may be a mere leading part of another, whose ranges serve the same statements; and every index the
 * code names (a {@code FORCE INDEX}, a refused row's key) must exist, since the server refuses a statement that forces
 * a missing one. Run on MariaDB and on MySQL.
 */
@IntegrationTest
class SchemaIndexesTest {

    @Autowired
    JdbcClient jdbc;

    /** One index: its table, name, uniqueness and its columns as "column direction prefix", in order. */
    private record Index(String table, String name, boolean unique, List<String> columns) {

        boolean leads(Index wider) {
            return !wider.name.equals(name)
                    && wider.table.equals(table)
                    && wider.columns.size() >= columns.size()
                    && wider.columns.subList(0, columns.size()).equals(columns);
        }
    }

    private List<Index> indexes() {
        var indexes = new LinkedHashMap<String, Index>();
        jdbc.sql("""
                        SELECT table_name, index_name, non_unique, column_name, COALESCE(collation, 'A'),
                               COALESCE(sub_part, 0)
                        FROM information_schema.statistics WHERE table_schema = DATABASE()
                        ORDER BY table_name, index_name, seq_in_index""").query(rs -> {
            String table = rs.getString(1);
            String name = rs.getString(2);
            boolean unique = rs.getInt(3) == 0;
            indexes.computeIfAbsent(table + "." + name, key -> new Index(table, name, unique, new ArrayList<>()))
                    .columns()
                    .add(rs.getString(4) + " " + rs.getString(5) + " " + rs.getInt(6));
        });
        return List.copyOf(indexes.values());
    }

    @Test
    void noIndexIsOnlyTheLeadingPartOfAnother() {
        List<Index> indexes = indexes();
        assertThat(indexes).extracting(Index::name).contains("PRIMARY", "ix_appointment_grid_status");

        var redundant = new TreeSet<String>();
        for (Index narrow : indexes) {
            if (narrow.unique()) {
                continue; // a unique key is a rule, not only a way in
            }
            indexes.stream()
                    .filter(narrow::leads)
                    .forEach(wider -> redundant.add(narrow.table() + "." + narrow.name() + " leads " + wider.name()));
        }
        assertThat(redundant).isEmpty();
    }

    @Test
    void everyIndexTheCodeNamesExists() {
        Set<String> existing = new TreeSet<>();
        indexes().forEach(index -> existing.add(index.name()));
        Map<Path, Set<String>> named = SqlOwnership.namedIndexes(Path.of("src", "main", "java"));
        assertThat(named.values().stream().mapToInt(Set::size).sum())
                .as("the code names indexes")
                .isGreaterThan(20);

        var missing = new TreeSet<String>();
        named.forEach((file, names) -> names.stream()
                .filter(name -> !existing.contains(name))
                .forEach(name -> missing.add(file.getFileName() + ": " + name)));
        assertThat(missing).isEmpty();
    }
}
