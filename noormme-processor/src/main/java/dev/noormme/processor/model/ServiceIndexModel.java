package dev.noormme.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;

/**
 * The {@code dev.noormme.ServiceIndex} of a compilation: what an integration such as the Spring
 * Boot starter needs to know about the generated {@code ServiceFactory} without scanning for it.
 *
 * @param serviceFactory the generated ServiceFactory; the index is written next to it
 * @param repositories every repository interface of the factory, sorted by qualified name
 */
public record ServiceIndexModel(ClassName serviceFactory, List<ClassName> repositories) {

    /** The file under {@code CLASS_OUTPUT} that lists the index for {@link java.util.ServiceLoader}. */
    public static final String SERVICE_FILE = "META-INF/services/dev.noormme.ServiceIndex";

    public ServiceIndexModel {
        repositories = List.copyOf(repositories);
    }

    /** The generated index class. */
    public ClassName indexClass() {
        return serviceFactory.peerClass(serviceFactory.simpleName() + "_Index");
    }
}
