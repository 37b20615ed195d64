package dev.noormme.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code noormme}: operates a NOORMME database from a shell. Each command opens the database
 * through the runtime (see {@link Opener} for the settings that keep opening from changing
 * anything), does one thing, prints what it found and exits with a code of {@link ExitCode}.
 */
@Command(name = "noormme", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Operates a NOORMME database: a SQLite file, or a jdbc:sqlite: or jdbc:postgresql: url.",
            "Every command opens it with PRODUCTION settings that change nothing by opening: a missing file is never"
                + " created, no tables are created, nothing migrates unless you run migrate, the file keeps its"
                + " journal mode, and no optimizer schedule, monitor thread or query cache runs. migrate backs the"
                + " file up first."},
        subcommands = {HealthCommand.class, InspectCommand.class, OptimizeCommand.class, MigrateCommand.class,
            ValidateCommand.class, BackupCommand.class, RestoreCommand.class})
public final class Main {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the runtime's log and, on an error, its stack trace.")
    boolean verbose;

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    static int run(String... args) {
        quietLogging();
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        commandLine.setParameterExceptionHandler(Main::usageError);
        exitCodes(commandLine);
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            CliFailure known = Failures.classify(failure, null);
            PrintWriter err = command.getErr();
            // A driver's message may quote the url it was given, password included.
            err.println("noormme " + command.getCommandName() + ": " + Target.redact(known.getMessage()));
            if (main.verbose) {
                (known.getCause() != null ? known.getCause() : known).printStackTrace(err);
            }
            err.flush();
            return known.exitCode().code();
        });
        commandLine.setExecutionStrategy(parseResult -> {
            if (main.verbose) {
                verboseLogging();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine.execute(args);
    }

    /** The exit-code table, in the help of noormme and of every command. */
    private static void exitCodes(CommandLine command) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.format("%2d", code.code()), code.meaning());
        }
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes (every command):%n").exitCodeList(codes);
        command.getSubcommands().values().forEach(Main::exitCodes);
    }

    /** A usage error: one line naming the problem and where the help is (picocli's own text is the usage). */
    private static int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        String message = problem.getMessage();
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        err.println(command.getCommandSpec().qualifiedName() + ": " + message.strip().replaceAll("\\s*\\R\\s*", " ")
                + "; see '" + command.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /**
     * The runtime, Flyway and HikariCP log through java.util.logging (HikariCP by SLF4J's bridge):
     * kept off, so that stdout is the report and stderr the one line of an error.
     */
    private static void quietLogging() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    private static void verboseLogging() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.INFO);
        root.addHandler(handler);
    }

    /** The version written into the jar's manifest by the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"noormme " + (version == null ? "(unpackaged build)" : version)
                    + " (Java " + Runtime.version() + ")"};
        }
    }
}
