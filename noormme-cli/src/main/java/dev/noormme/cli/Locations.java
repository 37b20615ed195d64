package dev.noormme.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --locations} of SQL migrations, as Flyway locations. A plain path is read as
 * {@code filesystem:<path>}; a {@code filesystem:} folder must exist, so a typo is reported as
 * such rather than as "no migrations". Stateless.
 */
final class Locations {

    private static final String FILESYSTEM = "filesystem:";

    private Locations() {
    }

    static List<String> resolve(List<String> given) {
        List<String> locations = new ArrayList<>();
        for (String location : given) {
            if (location.startsWith("classpath:")) {
                locations.add(location);
                continue;
            }
            String text = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
            Path folder;
            try {
                folder = Path.of(text).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw new CliFailure(ExitCode.USAGE, location + ": not a valid path (" + e.getReason() + ")");
            }
            if (!Files.isDirectory(folder)) {
                throw new CliFailure(ExitCode.NO_INPUT, folder + ": no such migrations folder (--locations)");
            }
            locations.add(FILESYSTEM + folder);
        }
        return locations;
    }
}
