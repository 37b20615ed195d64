package dev.noormme.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows that a long operation is still running: on a terminal, one line on stderr with the time
 * so far, rewritten in place and cleared at the end. When stdout or stderr is piped
 * ({@code System.console()} is null) it prints nothing, so scripts see only the result.
 */
final class Progress implements AutoCloseable {

    private static final long TICK_MILLIS = 250;

    private final PrintWriter err;
    private final Thread ticker;

    private Progress(PrintWriter err, String what) {
        this.err = err;
        if (err == null) {
            this.ticker = null;
            return;
        }
        long start = System.nanoTime();
        this.ticker = new Thread(() -> {
            try {
                while (true) {
                    double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
                    synchronized (err) {
                        err.print(String.format(Locale.ROOT, "\r%s ... %.1f s", what, seconds));
                        err.flush();
                    }
                    Thread.sleep(TICK_MILLIS);
                }
            } catch (InterruptedException done) {
                // close(): the operation ended
            }
        }, "noormme-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Starts showing {@code what} on {@code err} when there is a terminal. */
    static Progress show(PrintWriter err, String what) {
        return new Progress(System.console() == null ? null : err, what);
    }

    /** Stops and clears the line, before the result is printed. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (err) {
            err.print("\r\033[2K");
            err.flush();
        }
    }
}
