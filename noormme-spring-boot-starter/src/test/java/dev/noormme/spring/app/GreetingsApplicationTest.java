package dev.noormme.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter in a running application: an injected repository and the noormme health component over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-components=always")
class GreetingsApplicationTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("noormme.url", () -> "jdbc:sqlite:" + dir.resolve("greetings.db"));
    }

    @Autowired
    GreetingsRepository greetings;

    @LocalServerPort
    int port;

    @Test
    void theInjectedRepositoryQueriesTheFileAndHealthReportsNoormmeOverHttp() throws Exception {
        Greeting saved = greetings.save(Greeting.of("hello over http"));
        assertThat(greetings.findByText("hello over http")).containsExactly(saved);
        assertThat(dir.resolve("greetings.db")).exists();

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"noormme\":{\"status\":\"UP\"");
    }
}
