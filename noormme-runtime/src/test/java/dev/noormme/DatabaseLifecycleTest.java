package dev.noormme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLifecycleTest {

    @TempDir
    Path folder;

    @Test
    void openCreatesTheEntitiesTablesAndIndexes() throws Exception {
        TestDatabases.open(folder).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("test.db"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master ORDER BY name")) {
            Set<String> names = new java.util.HashSet<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            assertTrue(names.containsAll(Set.of("samples", "samples_text", "tags", "accounts")), names.toString());
        }
    }

    @Test
    void reopeningKeepsTheRows() {
        try (Database database = TestDatabases.open(folder)) {
            new RepositorySupport<>(database, SampleMapping.INSTANCE).insert(Sample.minimal("kept"));
        }
        try (Database database = TestDatabases.open(folder)) {
            assertEquals("kept", new RepositorySupport<>(database, SampleMapping.INSTANCE).findById(1L).orElseThrow().text());
        }
    }

    @Test
    void openWithoutCreateSchemaOfAFileWithoutTheTablesFailsNamingThem() throws Exception {
        DatabaseConfig config = TestDatabases.config(folder).toBuilder().createSchema(false).build();
        try (Connection connection = DriverManager.getConnection(config.url().orElseThrow());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE unrelated (id INTEGER PRIMARY KEY)");
        }
        SchemaMismatchException failure = assertThrows(SchemaMismatchException.class,
                () -> Database.open(config, List.of(SampleMapping.INSTANCE)));
        assertEquals(1, failure.differences().size(), failure.getMessage());
        assertTrue(failure.differences().get(0).startsWith("Table samples is missing"), failure.getMessage());
        assertTrue(failure.getMessage().contains("open with createSchema(true)"), failure.getMessage());
    }

    @Test
    void aJunkFileIsReportedAsNotADatabaseWithItsPath() throws IOException {
        Path junk = folder.resolve("junk.db");
        Files.writeString(junk, "this is not a database, just some text that is long enough ".repeat(40),
                StandardCharsets.UTF_8);
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + junk).build();
        NoormmeException failure = assertThrows(NoormmeException.class, () -> Database.open(config));
        assertTrue(failure.getMessage().contains(junk.toAbsolutePath().toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("is not a SQLite database"), failure.getMessage());
    }

    @Test
    void aMissingFolderIsReportedWithThePath() {
        Path missing = folder.resolve("no/such/folder/app.db");
        DatabaseConfig config = TestDatabases.config(folder).toBuilder().url("jdbc:sqlite:" + missing).build();
        NoormmeException failure = assertThrows(NoormmeException.class, () -> Database.open(config));
        assertTrue(failure.getMessage().contains(missing.toAbsolutePath().toString()), failure.getMessage());
    }

    @Test
    void theTestEnvironmentsDatabaseIsGoneAfterClose() throws IOException {
        Set<Path> before = temporaryDatabases();
        Database database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST), List.of(SampleMapping.INSTANCE));
        RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        samples.insertAll(IntStream.range(0, 100).mapToObj(i -> Sample.minimal("x" + i)).toList());
        assertEquals(100, samples.count(), "readers and the writer share the private database");
        Set<Path> during = temporaryDatabases();
        during.removeAll(before);
        assertFalse(during.isEmpty(), "the private database is a file while open");
        database.close();
        for (Path file : during) {
            assertFalse(Files.exists(file), file + " deleted");
        }
    }

    private static Set<Path> temporaryDatabases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("noormme-"))
                    .collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }

    @Test
    void closeIsIdempotentAndLaterCallsFail() {
        Database database = TestDatabases.open(folder);
        RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        database.close();
        database.close();
        NoormmeException read = assertThrows(NoormmeException.class, samples::count);
        assertTrue(read.getMessage().contains("is closed"), read.getMessage());
        assertThrows(NoormmeException.class, () -> samples.insert(Sample.minimal("late")));
        assertThrows(NoormmeException.class, () -> database.inTransaction(() -> { }));
    }

    @Test
    void anInMemoryUrlWorksWithReadsOnTheWriter() {
        DatabaseConfig config = TestDatabases.config(folder).toBuilder().url("jdbc:sqlite::memory:").build();
        try (Database database = Database.open(config, List.of(SampleMapping.INSTANCE))) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            samples.insert(Sample.minimal("in memory"));
            assertEquals("in memory", samples.findById(1L).orElseThrow().text());
            assertTrue(database.healthCheck().healthy());
        }
    }

    @Test
    void backupProducesADatabaseWithTheSameRows() throws Exception {
        Path copy = folder.resolve("backups/copy.db");
        try (Database database = TestDatabases.open(folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            samples.insertAll(IntStream.range(0, 500).mapToObj(i -> Sample.minimal("row " + i)).toList());
            database.backup(copy);
            samples.insert(Sample.minimal("after the backup"));
        }
        DatabaseConfig config = TestDatabases.config(folder).toBuilder().url("jdbc:sqlite:" + copy).build();
        try (Database restored = Database.open(config, List.of(SampleMapping.INSTANCE))) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(restored, SampleMapping.INSTANCE);
            assertEquals(500, samples.count());
            assertEquals("row 499", samples.findById(500L).orElseThrow().text());
            assertTrue(restored.healthCheck().healthy());
        }
    }

    @Test
    void backupWhileOtherThreadsWriteIsConsistent() throws Exception {
        Path copy = folder.resolve("copy.db");
        try (Database database = TestDatabases.open(folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    database.inTransaction(() -> {
                        samples.insert(Sample.minimal("a"));
                        samples.insert(Sample.minimal("b"));
                    });
                }
            });
            writer.start();
            database.backup(copy);
            writer.join();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM samples")) {
            row.next();
            assertEquals(0, row.getInt(1) % 2, "the copy holds whole transactions only");
        }
    }

    @Test
    void backupInsideATransactionIsRefused() {
        try (Database database = TestDatabases.open(folder)) {
            assertThrows(IllegalStateException.class,
                    () -> database.inTransaction(() -> database.backup(folder.resolve("copy.db"))));
        }
    }
}
