package dev.noormme.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthReportTest {

    @TempDir
    Path folder;

    @Test
    void healthyDatabaseIsUpWithItsChecks() {
        try (Database database = TestDatabases.open(folder)) {
            HealthReport report = database.healthCheck();
            assertEquals(HealthStatus.UP, report.status());
            assertTrue(report.healthy());
            assertEquals(List.of("connectivity", "integrity", "pool", "circuit breaker", "pool waits", "WAL size", "free pages",
                    "cache hit rate", "slow-query rate", "error rate", "schema drift", "maintenance"),
                    report.checks().stream().map(HealthCheck::name).toList());
            for (HealthCheck check : report.checks()) {
                assertEquals(HealthStatus.UP, check.status(), check.toString());
                assertFalse(check.duration().isNegative());
            }
            assertEquals("PRAGMA quick_check: ok", report.check("integrity").detail());
            assertEquals("readers idle 4/4; writer idle", report.check("pool").detail());
            assertEquals("the database matches the 3 entities", report.check("schema drift").detail());
            assertEquals(List.of(), report.recommendations());
        }
    }

    @Test
    void healthCheckInsideATransactionSeesTheWriterBusy() {
        try (Database database = TestDatabases.open(folder)) {
            HealthReport report = database.inTransaction(database::healthCheck);
            assertTrue(report.check("pool").detail().endsWith("writer busy"), report.check("pool").detail());
        }
    }

    @Test
    void statusIsTheWorstCheck() {
        HealthCheck up = new HealthCheck("a", HealthStatus.UP, "fine", Duration.ZERO);
        HealthCheck degraded = new HealthCheck("b", HealthStatus.DEGRADED, "slow", Duration.ZERO);
        HealthCheck down = new HealthCheck("c", HealthStatus.DOWN, "gone", Duration.ZERO);
        assertEquals(HealthStatus.UP, new HealthReport(List.of(up), List.of()).status());
        assertEquals(HealthStatus.DEGRADED, new HealthReport(List.of(up, degraded), List.of()).status());
        assertTrue(new HealthReport(List.of(up, degraded), List.of()).healthy());
        assertEquals(HealthStatus.DOWN, new HealthReport(List.of(down, degraded, up), List.of()).status());
        assertFalse(new HealthReport(List.of(down), List.of()).healthy());
        assertNotNull(new HealthReport(List.of(), List.of()).status());
    }

    @Test
    void toJsonEscapesEveryString() {
        HealthCheck check = new HealthCheck("na\"me", HealthStatus.DEGRADED, "line\nbreak\\tab\t\u0001",
                Duration.ofMillis(3));
        String json = new HealthReport(List.of(check), List.of("do \"this\"")).toJson();
        assertEquals("{\"status\":\"DEGRADED\",\"healthy\":true,\"checks\":[{\"name\":\"na\\\"me\","
                + "\"status\":\"DEGRADED\",\"detail\":\"line\\nbreak\\\\tab\\t\\u0001\",\"durationMillis\":3.0}],"
                + "\"recommendations\":[\"do \\\"this\\\"\"]}", json);
    }

    @Test
    void toJsonOfARealReportIsWellFormed() {
        try (Database database = TestDatabases.open(folder)) {
            String json = database.healthCheck().toJson();
            assertTrue(json.startsWith("{\"status\":\"UP\",\"healthy\":true,\"checks\":[{\"name\":\"connectivity\""), json);
            assertTrue(json.endsWith("\"recommendations\":[]}"), json);
            assertEquals(count(json, '{'), count(json, '}'));
            assertEquals(count(json, '['), count(json, ']'));
            assertEquals(0, count(json, '"') % 2);
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
