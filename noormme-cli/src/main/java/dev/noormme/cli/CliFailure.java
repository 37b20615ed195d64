package dev.noormme.cli;

/**
 * A failure the user can act on: its message is the one line printed on stderr, its exit code
 * says which kind it is. The cause, when there is one, is printed only with {@code --verbose}.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    CliFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliFailure(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
