package dev.noormme.spring;

import dev.noormme.Database;
import dev.noormme.health.NoormmeMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * NOORMME's Micrometer meters ({@link NoormmeMetrics}) when the application has a
 * {@link MeterRegistry}: Boot binds every {@code MeterBinder} bean to its registries.
 */
@AutoConfiguration(after = NoormmeAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({Database.class, MeterRegistry.class})
@ConditionalOnBean({Database.class, MeterRegistry.class})
public class NoormmeMetricsAutoConfiguration {

    /** The meters of the database's monitor, cache and connections. */
    @Bean
    @ConditionalOnMissingBean
    public NoormmeMetrics noormmeMetrics(Database database) {
        return new NoormmeMetrics(database);
    }
}
