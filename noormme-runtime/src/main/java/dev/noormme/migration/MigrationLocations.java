package dev.noormme.migration;

import dev.noormme.config.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Turns the configured migration locations into the ones Flyway scans for one dialect.
 *
 * <p>Flyway scans a location recursively, so a location {@code db/migration} would also run
 * {@code db/migration/sqlite/*} on PostgreSQL. Two layouts are therefore told apart per location:
 * <ul>
 * <li><b>flat</b> (no {@code common}, {@code sqlite} or {@code postgresql} folder): the location
 *     as it is, exactly as before dialects existed, so {@code db/migration/V1__x.sql} keeps
 *     working unchanged;</li>
 * <li><b>per dialect</b> (one of those folders exists): {@code <location>/common} and
 *     {@code <location>/<vendor>} ({@code sqlite} or {@code postgresql}, Flyway's names), and
 *     nothing else. A migration file left directly in the location would then be ignored
 *     without a word, so it is refused, naming the file to move into {@code common}.</li>
 * </ul>
 * Stateless.
 */
final class MigrationLocations {

    static final String COMMON = "common";

    private MigrationLocations() {
    }

    /** Flyway's name of the dialect's database, which is also the name of its folder. */
    static String vendor(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The locations Flyway scans on {@code dialect}: each existing location of {@code configured},
     * expanded as the class comment says.
     *
     * @throws MigrationException when a location in the per-dialect layout has migration files of its own
     */
    static List<String> resolve(ClassLoader loader, List<String> configured, Dialect dialect) {
        List<String> resolved = new ArrayList<>();
        for (String location : configured) {
            if (!exists(loader, location)) {
                continue;
            }
            List<String> folders = new ArrayList<>();
            boolean perDialect = exists(loader, child(location, COMMON));
            for (Dialect each : Dialect.values()) {
                perDialect |= exists(loader, child(location, vendor(each)));
            }
            if (!perDialect) {
                resolved.add(location);
                continue;
            }
            List<String> stray = ownFiles(loader, location);
            if (!stray.isEmpty()) {
                throw new MigrationException(null, null, location + " has the folders of the per-dialect layout ("
                        + COMMON + ", sqlite, postgresql), so its own files are not read: move " + String.join(", ", stray)
                        + " into " + child(location, COMMON) + " (Flyway identifies a migration by its version, so the"
                        + " move changes nothing for databases that already ran it)", null, null);
            }
            folders.add(child(location, COMMON));
            folders.add(child(location, vendor(dialect)));
            folders.stream().filter(folder -> exists(loader, folder)).forEach(resolved::add);
        }
        return resolved;
    }

    /** True when the {@code classpath:} or {@code filesystem:} location exists. */
    static boolean exists(ClassLoader loader, String location) {
        if (location.startsWith("classpath:")) {
            return loader.getResource(classpathPath(location)) != null;
        }
        return Files.isDirectory(Path.of(location.substring("filesystem:".length())));
    }

    private static String child(String location, String name) {
        return location.endsWith("/") ? location + name : location + "/" + name;
    }

    private static String classpathPath(String location) {
        String path = location.substring("classpath:".length());
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The {@code .sql} files directly in the location (not in its folders), in name order. */
    private static List<String> ownFiles(ClassLoader loader, String location) {
        TreeSet<String> names = new TreeSet<>();
        try {
            if (!location.startsWith("classpath:")) {
                names.addAll(sqlFiles(Path.of(location.substring("filesystem:".length()))));
            } else {
                String path = classpathPath(location);
                for (URL url : Collections.list(loader.getResources(path))) {
                    if (url.getProtocol().equals("file")) {
                        names.addAll(sqlFiles(Path.of(url.toURI())));
                    } else if (url.openConnection() instanceof JarURLConnection jar) {
                        // Read the listing from the jar itself: a class loader cannot list a folder.
                        // Uncached: a cached JarFile is shared with the class loader, and is closed below.
                        jar.setUseCaches(false);
                        try (JarFile file = jar.getJarFile()) {
                            file.stream().map(entry -> entry.getName())
                                    .filter(name -> name.startsWith(path + "/") && name.endsWith(".sql")
                                            && name.indexOf('/', path.length() + 1) < 0)
                                    .forEach(name -> names.add(name.substring(path.length() + 1)));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new MigrationException(null, null, "Cannot list the migration location " + location + ": " + e, null, e);
        }
        return List.copyOf(names);
    }

    private static List<String> sqlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql")).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
