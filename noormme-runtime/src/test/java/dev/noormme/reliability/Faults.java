package dev.noormme.reliability;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.config.JournalMode;
import dev.noormme.config.Synchronous;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TagMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fault suite shares: the settings a production application runs with (WAL,
 * synchronous NORMAL: the durability under test), the sizes a long run overrides with system
 * properties, and child JVMs started on the test classpath.
 */
final class Faults {

    /** The fixed seed; {@code -Dnoormme.faults.seed=...} replays another run. */
    static final long SEED = Long.getLong("noormme.faults.seed", 20261130L);

    private Faults() {
    }

    /** A size of the fast default run, or the long run's value when its property is set. */
    static int size(String property, int fastDefault) {
        return Integer.getInteger(property, fastDefault);
    }

    /** Production's journal and synchronous settings on a file, with the tables created at open. */
    static DatabaseConfig config(Path file) {
        return DatabaseConfig.forEnvironment(Environment.TEST).toBuilder()
                .url("jdbc:sqlite:" + file)
                .journalMode(JournalMode.WAL)
                .synchronous(Synchronous.NORMAL)
                .busyTimeout(Duration.ofSeconds(5))
                .build();
    }

    static Database open(Path file) {
        return Database.open(config(file), List.of(AccountMapping.INSTANCE, TagMapping.INSTANCE));
    }

    /**
     * Starts {@code main} in a new JVM: the same java binary and classpath as this test's JVM
     * (surefire's booter jar, whose manifest lists the test classpath), output to files in
     * {@code folder} so that a full pipe can never block the child.
     */
    static Process start(Path folder, String name, Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(folder.resolve(name + ".out").toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(folder.resolve(name + ".err").toFile()))
                .start();
    }
}
