package dev.noormme.benchmarks;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Start-up to the first query, whole process (issue 13, target: at most 1.10 times a JDBC main
 * doing the same). Times whole JVMs from the outside: a NOORMME main (opens a
 * {@link ServiceFactory} with PRODUCTION settings on a fresh SQLite file, which creates the
 * tables, runs one {@code findById}, closes) against a JDBC main (opens the same kind of fresh
 * file with the same PRAGMAs, creates the same two tables, runs the same {@code findById} through
 * {@link HandWrittenAccounts}, closes). Pairs alternate which side runs first; one pair is run
 * first and not counted; medians of each side and of the per-pair ratios are printed. Both run on
 * the module's jar and its dependency jars ({@link ProcessHarness#applicationClasspath()}).
 *
 * <p>With {@code --cds}, each side first runs once with {@code -XX:ArchiveClassesAtExit} and
 * then every run uses its own class data sharing archive, as a deployment that ships one would.
 *
 * <pre>java -cp noormme-benchmarks/target/benchmarks.jar dev.noormme.benchmarks.StartupTimes [pairs] [--cds]</pre>
 */
public final class StartupTimes {

    /** The DDL NOORMME's createSchema runs for the module's two entities, copied from a file it made. */
    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE `accounts` (`id` INTEGER PRIMARY KEY, `email` TEXT NOT NULL UNIQUE,"
                    + " `display_name` TEXT, `login_count` INTEGER NOT NULL, `balance` REAL NOT NULL,"
                    + " `created_at` TEXT)",
            "CREATE TABLE `events` (`id` INTEGER PRIMARY KEY, `kind` TEXT, `payload` TEXT,"
                    + " `created_at` TEXT)",
            "CREATE INDEX `events_created_at_idx` ON `events` (`created_at`)");

    private StartupTimes() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("noormme")) {
            noormme(args[1]);
        } else if (args.length == 2 && args[0].equals("jdbc")) {
            jdbc(args[1]);
        } else {
            List<String> options = Arrays.asList(args);
            compare(args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10,
                    options.contains("--cds"));
        }
    }

    /** The NOORMME side: what an application's main does before its first query. */
    static void noormme(String file) {
        try (ServiceFactory services = ServiceFactory.create(DatabaseConfig.forEnvironment(Environment.PRODUCTION)
                .toBuilder().url("jdbc:sqlite:" + file).createSchema(true).build())) {
            Optional<Account> account = services.accountsRepository().findById(1L);
            System.out.println(account.isPresent());
        }
    }

    /** The JDBC side: the same file, PRAGMAs, tables and query, written by hand. */
    static void jdbc(String file) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
        try (HandWrittenAccounts accounts = new HandWrittenAccounts(connection)) {
            System.out.println(accounts.findById(1L).isPresent());
        }
    }

    private static void compare(int pairs, boolean cds) throws Exception {
        Path folder = Files.createTempDirectory("noormme-startup");
        try {
            if (cds) {
                run("noormme", folder, -2, "-XX:ArchiveClassesAtExit=" + archive(folder, "noormme"));
                run("jdbc", folder, -2, "-XX:ArchiveClassesAtExit=" + archive(folder, "jdbc"));
            }
            run("noormme", folder, -1, cds); // not counted: warms the page cache for the jars and the JDK
            run("jdbc", folder, -1, cds);
            double[] noormme = new double[pairs];
            double[] jdbc = new double[pairs];
            double[] ratios = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                if (i % 2 == 0) {
                    noormme[i] = run("noormme", folder, i, cds);
                    jdbc[i] = run("jdbc", folder, i, cds);
                } else {
                    jdbc[i] = run("jdbc", folder, i, cds);
                    noormme[i] = run("noormme", folder, i, cds);
                }
                ratios[i] = noormme[i] / jdbc[i];
                System.out.printf(Locale.ROOT, "pair %2d: noormme %7.1f ms, jdbc %7.1f ms, ratio %.3f%n", i + 1,
                        noormme[i], jdbc[i], ratios[i]);
            }
            double medianNoormme = ProcessHarness.median(noormme);
            double medianJdbc = ProcessHarness.median(jdbc);
            System.out.printf(Locale.ROOT, "median of %d pairs: noormme %.1f ms, jdbc %.1f ms, ratio of medians %.3f,"
                    + " median of ratios %.3f%n", pairs, medianNoormme, medianJdbc, medianNoormme / medianJdbc,
                    ProcessHarness.median(ratios));
        } finally {
            TemporaryFolders.delete(folder);
        }
    }

    private static Path archive(Path folder, String side) {
        return folder.resolve(side + ".jsa");
    }

    private static double run(String side, Path folder, int pair, boolean cds) throws Exception {
        return cds ? run(side, folder, pair, "-XX:SharedArchiveFile=" + archive(folder, side)) : run(side, folder, pair);
    }

    /** One whole process on a fresh file; its wall time in milliseconds, start to exit. */
    private static double run(String side, Path folder, int pair, String... jvmOptions) throws Exception {
        Path file = folder.resolve(side + "-" + (pair == -2 ? "archive" : pair < 0 ? "warm" : pair) + ".db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", ProcessHarness.applicationClasspath(), StartupTimes.class.getName(), side,
                file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(folder.resolve("stderr.txt").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(side + " exited with " + exit + ":\n"
                    + Files.readString(folder.resolve("stderr.txt")));
        }
        return elapsed / 1e6;
    }
}
