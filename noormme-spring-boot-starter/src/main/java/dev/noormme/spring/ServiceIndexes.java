package dev.noormme.spring;

import dev.noormme.ServiceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the generated {@link ServiceIndex} through {@code META-INF/services}, never by scanning. */
final class ServiceIndexes {

    static final String PROPERTY = "noormme.service-factory";

    private ServiceIndexes() {
    }

    /**
     * The one index on the class path, or the one whose ServiceFactory {@code chosen} names; empty
     * when no compilation generated one (a Database without repositories still works).
     *
     * @throws IllegalStateException when several are found and none is chosen, or the chosen one is missing
     */
    @SuppressWarnings("rawtypes")
    static Optional<ServiceIndex<?>> find(ClassLoader classLoader, String chosen) {
        List<ServiceIndex<?>> found = new ArrayList<>();
        for (ServiceIndex index : ServiceLoader.load(ServiceIndex.class, classLoader)) {
            found.add(index);
        }
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(found.stream()
                    .filter(index -> index.serviceFactoryType().getName().equals(chosen.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(PROPERTY + "=" + chosen + " names no generated"
                            + " ServiceFactory on the class path; found: " + names(found))));
        }
        if (found.size() > 1) {
            // Picking one silently would hide the other compilation's repositories; the user decides.
            throw new IllegalStateException("Several generated NOORMME ServiceFactory classes are on the class path ("
                    + names(found) + "); set " + PROPERTY + " to the one this application uses");
        }
        return found.stream().findFirst();
    }

    private static String names(List<ServiceIndex<?>> indexes) {
        return indexes.isEmpty() ? "none" : indexes.stream()
                .map(index -> index.serviceFactoryType().getName())
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
