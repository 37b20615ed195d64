package dev.noormme.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** NOORMME's HealthReport as Boot's health, and when the indicator is registered. */
class NoormmeHealthIndicatorTest {

    @TempDir
    Path dir;

    private static HealthReport report(HealthStatus... statuses) {
        List<HealthCheck> checks = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            checks.add(new HealthCheck("check" + i, statuses[i], "found " + statuses[i], Duration.ofMillis(3)));
        }
        return new HealthReport(checks, statuses.length > 1 ? List.of("do something") : List.of());
    }

    @Test
    void healthyIsUpWithEachCheckAsADetail() {
        Health health = NoormmeHealthIndicator.health(report(HealthStatus.UP));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsOnlyKeys("check0");
        assertThat(health.getDetails().get("check0")).isEqualTo(
                Map.of("status", "UP", "detail", "found UP", "durationMillis", 3L));
    }

    @Test
    void degradedIsUpMarkedDegradedWithRecommendations() {
        Health health = NoormmeHealthIndicator.health(report(HealthStatus.UP, HealthStatus.DEGRADED));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("degraded", true)
                .containsEntry("recommendations", List.of("do something"))
                .containsKeys("check0", "check1");
    }

    @Test
    void unhealthyIsDown() {
        Health health = NoormmeHealthIndicator.health(report(HealthStatus.DEGRADED, HealthStatus.DOWN));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(((Map<?, ?>) health.getDetails().get("check1")).get("status")).isEqualTo("DOWN");
    }

    @Test
    void theIndicatorReportsTheRealDatabaseAndCanBeTurnedOff() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(NoormmeAutoConfiguration.class,
                        NoormmeHealthAutoConfiguration.class))
                .withPropertyValues("noormme.url=jdbc:sqlite:" + dir.resolve("health.db"));

        runner.run(context -> {
            Health health = context.getBean(NoormmeHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("connectivity");
        });
        runner.withPropertyValues("management.health.noormme.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(NoormmeHealthIndicator.class));
    }
}
