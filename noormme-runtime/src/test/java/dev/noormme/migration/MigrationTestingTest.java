package dev.noormme.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.SchemaOnlyMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTestingTest {

    private static DatabaseConfig at(String scenario) {
        return DatabaseConfig.forEnvironment(Environment.TEST).toBuilder()
                .migrationLocations("classpath:migrations/" + scenario).build();
    }

    @Test
    void verifyPassesWhenTheMigrationsBuildTheEntitiesSchema() {
        MigrationReport report = MigrationTesting.verify(at("drift_ok"),
                config -> Database.open(config, List.of(SchemaOnlyMapping.NOTES)));
        assertEquals(List.of("1"), report.versions());
    }

    @Test
    void verifyFailsWithTheDriftList() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> MigrationTesting.verify(at("drift_missing_column"), List.of(SchemaOnlyMapping.NOTES), List.of()));
        assertEquals("After every migration ([1]), the database differs from the entities in 1 way(s):\n"
                + " - Table notes, column body: missing; the entity declares TEXT.", failure.getMessage());
    }

    @Test
    void verifyNamesAFailingMigration() {
        AssertionError failure = assertThrows(AssertionError.class, () -> MigrationTesting.verify(at("drift_ok"),
                List.of(SchemaOnlyMapping.NOTES), List.of(Fixtures.failingStep("2", "Broken"))));
        assertTrue(failure.getMessage().startsWith("A migration failed on a fresh database: Migration V2 (Broken) failed: "),
                failure.getMessage());
    }
}
