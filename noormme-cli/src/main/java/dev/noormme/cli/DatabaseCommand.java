package dev.noormme.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command on one database: reads {@code <db>}, runs, and turns any failure into its
 * {@link CliFailure} naming the database, so that every command reports errors alike.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        Target target = database.target();
        try {
            return run(target).code();
        } catch (RuntimeException e) {
            throw Failures.classify(e, target);
        }
    }

    /** Does the command's work on {@code target} and says how it went. */
    abstract ExitCode run(Target target);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
