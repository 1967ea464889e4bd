package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kfj stop}: Stop runs; exit handlers still run. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop runs; exit handlers still run.")
public final class StopCommand extends WorkflowAction {
    @Option(names = "--message", paramLabel = "TEXT", description = "Why it was stopped.")
    String message;

    @Override
    String apply(ArgoClient client, String name) {
        client.stop(name, message == null ? "" : message);
        return "workflow " + name + " stopped";
    }
}
