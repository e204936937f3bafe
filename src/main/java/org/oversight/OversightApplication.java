package org.oversight;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class OversightApplication {

    public static void main(String[] args) {
        SpringApplication.run(OversightApplication.class, args);
    }

    /** One clock for every "now", so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
