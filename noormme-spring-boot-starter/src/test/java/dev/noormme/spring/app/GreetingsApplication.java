package dev.noormme.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Boot application with the starter and nothing else of NOORMME configured. */
@SpringBootApplication
public class GreetingsApplication {
}
