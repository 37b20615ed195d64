package dev.noormme.spring;

import dev.noormme.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code noormme} health component, when Boot's health support is on the class path and
 * {@code management.health.noormme.enabled} is not false.
 */
@AutoConfiguration(after = NoormmeAutoConfiguration.class)
@ConditionalOnClass({Database.class, HealthIndicator.class})
@ConditionalOnBean(Database.class)
@ConditionalOnEnabledHealthIndicator("noormme")
public class NoormmeHealthAutoConfiguration {

    /** Reports {@link Database#healthCheck()}; see {@link NoormmeHealthIndicator} for the mapping. */
    @Bean
    @ConditionalOnMissingBean(name = "noormmeHealthIndicator")
    public NoormmeHealthIndicator noormmeHealthIndicator(Database database) {
        return new NoormmeHealthIndicator(database);
    }
}
