package dev.noormme.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noormme.health.NoormmeMetrics;
import dev.noormme.spring.app.Greeting;
import dev.noormme.spring.app.GreetingsRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** NoormmeMetrics is a bean, bound by Boot, exactly when the application has a MeterRegistry. */
class NoormmeMetricsAutoConfigurationTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withPropertyValues("noormme.url=jdbc:sqlite:" + dir.resolve("metrics.db"));
    }

    @Test
    void withAMeterRegistryTheBinderIsRegisteredAndBound() {
        runner().withConfiguration(AutoConfigurations.of(NoormmeAutoConfiguration.class,
                NoormmeMetricsAutoConfiguration.class, MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class)).run(context -> {
                    assertThat(context).hasSingleBean(NoormmeMetrics.class);
                    context.getBean(GreetingsRepository.class).save(Greeting.of("counted"));

                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find("noormme.queries").gauge()).isNotNull();
                });
    }

    @Test
    void withoutAMeterRegistryThereIsNoBinder() {
        runner().withConfiguration(AutoConfigurations.of(NoormmeAutoConfiguration.class,
                NoormmeMetricsAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NoormmeMetrics.class));
    }
}
