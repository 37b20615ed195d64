package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar, {@code java -jar noormme.jar ...}, in a child process, as a user does. */
final class Cli {

    private static final Path JAR = Path.of(System.getProperty("noormme.cli.jar", "target/noormme.jar"));

    /** What one run printed and how it exited. */
    record Run(int exitCode, String out, String err) {

        /** Asserts the exit code, showing both streams when it differs. */
        Run exits(int expected) {
            assertEquals(expected, exitCode, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }

        /** Asserts an error's shape: one line on stderr naming {@code name}, no stack trace, nothing on stdout. */
        Run oneErrorLineNaming(String name) {
            assertEquals(1, err.strip().lines().count(), () -> "one line on stderr, was:\n" + err);
            assertTrue(err.contains(name), () -> "stderr names " + name + ":\n" + err);
            assertFalse(err.contains("\tat "), () -> "no stack trace:\n" + err);
            assertEquals("", out, "nothing on stdout");
            return this;
        }

        /** Asserts a quiet success: exit 0 and nothing on stderr (no progress when piped, no log). */
        Run succeeds() {
            exits(0);
            assertEquals("", err, "stderr");
            return this;
        }
    }

    private Cli() {
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "the jar is built by package: " + JAR.toAbsolutePath());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("noormme-cli-out", ".txt");
        Path err = Files.createTempFile("noormme-cli-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("noormme " + String.join(" ", args) + " did not end in 120 s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
