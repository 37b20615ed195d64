package dev.noormme.health;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.fixtures.Account;
import dev.noormme.internal.Columns;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexAdviceTest {

    private static final String ADVICE = "CREATE INDEX accounts_name_idx ON accounts(name) turns its full scan of"
            + " accounts into a search on name; add @Index(columns = \"name\") to the entity of table accounts so the schema keeps it";

    @TempDir
    Path folder;

    @Test
    void slowQueryScanningATableFilteredOnAColumnGetsTheIndexToCreate() {
        try (Workload work = Workload.open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            assertEquals(1, work.slowByName("Ada").size());

            Alert alert = work.awaitAlert(AlertKind.SLOW_QUERY, Workload.SLOW_BY_NAME);
            assertEquals(ADVICE, alert.recommendation());
            SlowQuery slow = work.database.monitor().slowQueries().get(0);
            assertEquals(Workload.SLOW_BY_NAME_SQL, slow.sql());
            assertTrue(slow.plan().contains("SCAN a"), slow.plan());
            assertTrue(work.database.healthCheck().recommendations().contains(Workload.SLOW_BY_NAME + ": " + ADVICE),
                    work.database.healthCheck().recommendations().toString());
        }
    }

    @Test
    void noAdviceWhenTheColumnIsIndexedAlready() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("test.db"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"accounts\" (\"id\" INTEGER PRIMARY KEY, \"email\" TEXT NOT NULL UNIQUE,"
                    + " \"name\" TEXT)");
            statement.execute("CREATE INDEX accounts_by_name ON accounts(name)");
        }
        try (Workload work = Workload.open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            work.slowByName("Ada");

            Alert alert = work.awaitAlert(AlertKind.SLOW_QUERY, Workload.SLOW_BY_NAME);
            assertTrue(work.database.monitor().slowQueries().get(0).plan().contains("SEARCH a USING INDEX accounts_by_name"));
            assertFalse(alert.recommendation().contains("CREATE INDEX"), alert.recommendation());
            assertNoIndexAdvice(work.database.healthCheck().recommendations());
        }
    }

    @Test
    void noAdviceWhenNoSingleColumnIndexAvoidsTheScan() {
        String name = "AccountsRepository.nameEndingWith";
        String sql = "SELECT \"id\" FROM \"accounts\" WHERE \"name\" LIKE ? AND (WITH RECURSIVE c(x) AS (SELECT 1"
                + " UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c) > 0";
        try (Workload work = Workload.open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            work.accounts.list(name, DialectSql.portable(sql), statement -> {
                Columns.setString(statement, 1, "%a");
                return 2;
            }, row -> row.getLong(1));

            Alert alert = work.awaitAlert(AlertKind.SLOW_QUERY, name);
            assertTrue(work.database.monitor().slowQueries().get(0).plan().contains("SCAN accounts"));
            assertFalse(alert.recommendation().contains("CREATE INDEX"), alert.recommendation());
            assertNoIndexAdvice(work.database.healthCheck().recommendations());
        }
    }

    private static void assertNoIndexAdvice(List<String> recommendations) {
        assertTrue(recommendations.stream().noneMatch(r -> r.contains("CREATE INDEX")), recommendations.toString());
    }
}
