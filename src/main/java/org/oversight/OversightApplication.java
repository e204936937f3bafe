package org.oversight;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

import org.oversight.cli.AuditCommand;
import org.oversight.cli.ChainCommand;
import org.oversight.cli.DigestCommand;
import org.oversight.cli.FindingsCommand;
import org.oversight.cli.ImportCommand;
import org.oversight.cli.TokenCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class OversightApplication {

    /** The command lines, by their first argument; without one of them the server runs. */
    private static final Map<String, Function<String[], Integer>> COMMANDS = Map.of(
            "import", ImportCommand::run,
            "findings", FindingsCommand::run,
            "chain", ChainCommand::run,
            "token", TokenCommand::run,
            "audit", AuditCommand::run,
            "digest", DigestCommand::run);

    /** Runs the server, or with {@code import}, {@code findings}, {@code chain}, {@code token}, {@code audit} or {@code digest} first, that command line. */
    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            System.exit(COMMANDS.get(args[0]).apply(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(OversightApplication.class, args);
    }

    /** One clock for every "now", so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
