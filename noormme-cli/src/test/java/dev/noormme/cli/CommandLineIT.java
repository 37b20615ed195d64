package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picocli conventions: help, version, and usage errors as one line with exit code 64. */
class CommandLineIT {

    @TempDir
    Path folder;

    @Test
    void helpListsEveryCommandAndTheExitCodes() throws Exception {
        Cli.Run run = Cli.run(folder, "--help").succeeds();
        for (String command : new String[] {"health", "inspect", "optimize", "migrate", "validate", "backup", "restore"}) {
            assertTrue(run.out().contains("  " + command + " "), () -> command + " in:\n" + run.out());
        }
        assertTrue(run.out().contains("Exit codes"), run.out());
        assertTrue(run.out().contains("64"), run.out());
        assertTrue(run.out().contains("PRODUCTION"), "the help says which settings open the database");
    }

    @Test
    void everyCommandHasItsOwnHelp() throws Exception {
        for (String command : new String[] {"health", "inspect", "optimize", "migrate", "validate", "backup", "restore"}) {
            Cli.Run run = Cli.run(folder, command, "--help").succeeds();
            assertTrue(run.out().startsWith("Usage: noormme " + command), run.out());
            assertTrue(run.out().contains("<db>"), run.out());
        }
    }

    @Test
    void versionNamesTheProjectVersion() throws Exception {
        Cli.Run run = Cli.run(folder, "--version").succeeds();
        assertTrue(run.out().startsWith("noormme 0.1.0-SNAPSHOT"), run.out());
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        Cli.run(folder, "helth", "app.db").exits(64).oneErrorLineNaming("'helth'");
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Cli.run(folder, "health", "--fast", "app.db").exits(64).oneErrorLineNaming("--fast");
    }

    @Test
    void missingArgumentIsAUsageError() throws Exception {
        Cli.run(folder, "health").exits(64).oneErrorLineNaming("<db>");
        Cli.run(folder, "migrate", "app.db").exits(64).oneErrorLineNaming("--locations");
    }

    @Test
    void badDurationIsAUsageError() throws Exception {
        Cli.run(folder, "health", "--busy-timeout", "soon", "app.db").exits(64).oneErrorLineNaming("soon");
    }

    @Test
    void anInMemoryUrlIsAUsageError() throws Exception {
        Cli.run(folder, "health", "jdbc:sqlite::memory:").exits(64).oneErrorLineNaming("in-memory");
    }

    @Test
    void verbosePrintsTheStackTraceOfAnError() throws Exception {
        Cli.Run run = Cli.run(folder, "health", "--verbose", "missing.db").exits(66);
        assertTrue(run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
    }
}
