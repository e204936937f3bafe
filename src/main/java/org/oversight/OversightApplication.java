package org.oversight;

import java.time.Clock;

import org.oversight.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class OversightApplication {

    /** Runs the server, or with a command's name first ({@code import}, {@code findings} ...), that command line: see {@link Cli}. */
    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(OversightApplication.class, args);
    }

    /** One clock for every "now", so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
