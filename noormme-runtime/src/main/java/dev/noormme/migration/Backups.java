package dev.noormme.migration;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where pre-migration backups go and how many stay: next to the database file, named
 * {@code <file>.<UTC time>.v<version>.backup} ({@code app.db.20260101-120000-000.v2.backup};
 * {@code v0} before the first migration), so that sorting by name sorts by time. Stateless.
 */
final class Backups {

    static final String SUFFIX = ".backup";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** A new backup path for {@code database} at {@code version}, not yet used. */
    static Path next(Path database, String version, Instant now) {
        String base = database.getFileName() + "." + TIME.format(now) + ".v" + (version == null ? "0" : version);
        Path candidate = database.resolveSibling(base + SUFFIX);
        for (int i = 1; Files.exists(candidate); i++) {
            candidate = database.resolveSibling(base + "-" + i + SUFFIX);
        }
        return candidate;
    }

    /** The backups of {@code database}, oldest first. */
    static List<Path> of(Path database) throws IOException {
        List<Path> backups = new ArrayList<>();
        Path folder = database.toAbsolutePath().getParent();
        String prefix = database.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(SUFFIX);
        })) {
            files.forEach(backups::add);
        }
        backups.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return backups;
    }

    /** Deletes all but the newest {@code keep} backups of {@code database}; returns those deleted. */
    static List<Path> prune(Path database, int keep) throws IOException {
        List<Path> backups = of(database);
        List<Path> deleted = new ArrayList<>();
        for (int i = 0; i < backups.size() - keep; i++) {
            Files.deleteIfExists(backups.get(i));
            deleted.add(backups.get(i));
        }
        return deleted;
    }
}
