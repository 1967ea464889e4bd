package dev.kfj.cli.cluster;

import java.util.Map;

/**
 * Where the {@code ARGO_*} variables come from: the process environment, or a fixed map while
 * commands run in-process under test.
 */
public final class Environment {
    private static volatile Map<String, String> override;

    private Environment() {}

    /** The variables commands read. */
    public static Map<String, String> variables() {
        Map<String, String> fixed = override;
        return fixed != null ? fixed : System.getenv();
    }

    /**
     * Replaces the variables until the returned handle is closed; for tests that run commands
     * in-process.
     */
    public static AutoCloseable use(Map<String, String> variables) {
        Map<String, String> previous = override;
        override = Map.copyOf(variables);
        return () -> override = previous;
    }
}
