package org.oversight.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The command lines of the jar, by their first argument: {@code oversight import|findings|chain|token|audit|digest ...}.
 * {@code OversightApplication.main} hands them here and runs the server otherwise; nothing in this
 * package refers back to it.
 */
public final class Cli {

    private static final Map<String, Function<String[], Integer>> COMMANDS = Map.of(
            "import", ImportCommand::run,
            "findings", FindingsCommand::run,
            "chain", ChainCommand::run,
            "token", TokenCommand::run,
            "audit", AuditCommand::run,
            "digest", DigestCommand::run);

    private Cli() {
    }

    /** Whether these arguments name a command line rather than settings of the server. */
    public static boolean isCommand(String... args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs the command line the first argument names with the others, and returns its exit code. */
    public static int run(String... args) {
        return COMMANDS.get(args[0]).apply(Arrays.copyOfRange(args, 1, args.length));
    }
}
