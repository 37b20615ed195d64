package dev.noormme.cache.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread per database that keeps its cache honest about writes made elsewhere: once per
 * poll interval it asks its {@link Freshness} (SQLite's {@code data_version}, PostgreSQL's
 * notifications or versions table) and at every tick lets it do cheap work (take in notifications
 * already received). Also sweeps stale entries after writes and, between polls, advances the
 * engine's expiry clock as often as the shortest ttl in use needs ({@link CacheEngine#tickNanos}).
 * Never touches the read path; stopped by {@link #stop()}.
 */
final class CacheWatcher {

    /** The most often the engine's expiry clock advances. */
    static final long MIN_TICK_MILLIS = 10;

    private final CacheEngine engine;
    private final long intervalNanos;
    private volatile Freshness freshness;
    private volatile Thread thread;
    private volatile boolean stopped;

    CacheWatcher(Freshness freshness, CacheEngine engine, Duration interval) {
        this.freshness = freshness;
        this.engine = engine;
        this.intervalNanos = interval.toNanos();
    }

    /** The freshness in use: the one given, or what its {@link Freshness#start()} chose instead. */
    Freshness freshness() {
        return freshness;
    }

    /**
     * Lets the freshness read its starting state, then starts the thread; when not
     * {@code watching} (the cache is off), only keeps what the freshness chose, for announcing.
     */
    void start(boolean watching) {
        Freshness started = freshness.start();
        freshness = started;
        if (!watching) {
            started.close(); // nothing to keep fresh: a listening connection would only hold a slot
            stopped = true;
            return;
        }
        startThread(started);
    }

    /**
     * Lets the freshness read its starting state without waiting for the writer, then starts
     * the thread: for the cache's first entry, on the thread of its miss.
     */
    void startLazily() {
        Freshness started = freshness.startWithoutWaiting();
        freshness = started;
        startThread(started);
    }

    private synchronized void startThread(Freshness started) {
        if (stopped) {
            return; // closed meanwhile
        }
        Thread watcher = new Thread(this::run, started.threadName());
        watcher.setDaemon(true);
        thread = watcher;
        watcher.start();
    }

    private void run() {
        long nextPoll = System.nanoTime() + intervalNanos;
        while (!stopped) {
            // Woken early by stop(), or by a shorter ttl that needs a finer clock (wake()).
            LockSupport.parkNanos(this, engine.tickNanos(intervalNanos));
            if (stopped) {
                return;
            }
            long now = System.nanoTime();
            engine.now = now;
            freshness.tick();
            // A poll that could not run now (SQLite's writer busy) is retried at the next tick, so
            // the clock above keeps advancing however long the application's transactions hold it.
            if (!stopped && now - nextPoll >= 0 && freshness.poll()) {
                nextPoll = now + intervalNanos;
                engine.sweepIfDue();
            }
        }
    }

    /** Starts the next tick now, so that a newly shortened tick applies at once. */
    void wake() {
        Thread watcher = thread;
        if (watcher != null) {
            LockSupport.unpark(watcher);
        }
    }

    boolean started() {
        return thread != null || stopped;
    }

    /** Stops the thread, waits briefly for it to end, then closes the freshness. Idempotent. */
    void stop() {
        stopped = true;
        Thread watcher = thread;
        if (watcher != null && watcher.isAlive()) {
            watcher.interrupt();
            try {
                watcher.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        freshness.close();
    }
}
