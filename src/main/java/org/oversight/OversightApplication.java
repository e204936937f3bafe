package org.oversight;

import java.time.Clock;
import java.util.Arrays;

import org.oversight.cli.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class OversightApplication {

    /** Runs the server, or with {@code import} as first argument the import command line. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(OversightApplication.class, args);
    }

    /** One clock for every "now", so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
